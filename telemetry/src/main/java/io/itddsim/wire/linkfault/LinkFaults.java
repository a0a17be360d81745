package io.itddsim.wire.linkfault;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.sim.random.RandomStreams;
import io.itddsim.wire.host.LinkFaultSwitch;
import io.itddsim.wire.mapping.Replies;
import io.itddsim.wire.mapping.WireRejection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The transport faults a bench can arm on a test-mode pump (the catalogue of {@code link.*}
 * names below), kept as one {@link LinkConditions} snapshot the transports read. They act on the
 * wire in wall time, never on the pump model; each fault draws from its own random stream,
 * seeded from the run's seed (or the fault's {@code seed} parameter) and its name, so arming one
 * does not change the numbers another draws.
 *
 * <pre>
 * link.byte_loss   rate_ppm                      each byte lost with this chance
 * link.bit_errors  rate_ppm                      each bit flipped with this chance
 * link.latency     latency_us [jitter_us]        added delay, plus a uniform 0..jitter (order kept)
 * link.rate_limit  bytes_per_second              line-rate limit
 * link.disconnect  [duration_us]                 nothing gets through (serial) or connections are
 *                                                cut (TCP), for the duration or until cleared
 * every one takes [transport: tcp|serial|both]; all but disconnect take
 * [direction: to_pump|from_pump|both] and [seed]
 * </pre>
 */
public final class LinkFaults implements LinkFaultSwitch {

    public static final String BYTE_LOSS = "link.byte_loss";
    public static final String BIT_ERRORS = "link.bit_errors";
    public static final String LATENCY = "link.latency";
    public static final String RATE_LIMIT = "link.rate_limit";
    public static final String DISCONNECT = "link.disconnect";

    private static final long PPM = 1_000_000;
    private static final long MAX_DELAY_US = 60_000_000;

    private record Armed(
            FaultArm request, Set<LinkTransport> transports, Set<LinkDirection> directions, long armedAtNanos) {}

    private final long runSeed;
    private final LongSupplier nanoClock;
    private final Map<String, Armed> armed = new TreeMap<>();
    private final List<Runnable> disconnectListeners = new CopyOnWriteArrayList<>();
    private final LinkFaultCounters counters = new LinkFaultCounters();
    private volatile LinkConditions tcp = LinkConditions.PERFECT;
    private volatile LinkConditions serial = LinkConditions.PERFECT;
    private long generation;

    public LinkFaults(long runSeed, LongSupplier nanoClock) {
        this.runSeed = runSeed;
        this.nanoClock = nanoClock;
    }

    /** The conditions of one transport's links now; read for every chunk or frame. */
    public LinkConditions conditions(LinkTransport transport) {
        return transport == LinkTransport.TCP ? tcp : serial;
    }

    /** What the armed faults have done so far, for metrics and tests. */
    public LinkFaultCounters counters() {
        return counters;
    }

    /** Called (on the sim thread) whenever a disconnect is armed for TCP: it cuts its connections. */
    public void onDisconnect(Runnable listener) {
        disconnectListeners.add(listener);
    }

    @Override
    public synchronized Reply arm(long requestId, FaultArm arm) {
        String fault = arm.getFault();
        Armed added;
        try {
            LinkFaultParameters p = validate(arm);
            Set<LinkDirection> directions = fault.equals(DISCONNECT) ? Set.of() : p.directions();
            added = new Armed(arm, p.transports(), directions, nanoClock.getAsLong());
        } catch (WireRejection e) {
            return Replies.nack(requestId, e.reason(), e.getMessage());
        }
        armed.put(fault, added);
        recompute();
        if (fault.equals(DISCONNECT) && added.transports().contains(LinkTransport.TCP)) {
            disconnectListeners.forEach(Runnable::run);
        }
        return Replies.ack(requestId);
    }

    @Override
    public synchronized Reply clear(long requestId, String fault) {
        if (!known(fault)) {
            return unknown(requestId, fault);
        }
        armed.remove(fault);
        recompute();
        return Replies.ack(requestId);
    }

    @Override
    public synchronized List<String> armed() {
        return List.copyOf(armed.keySet());
    }

    private static boolean known(String fault) {
        return switch (fault) {
            case BYTE_LOSS, BIT_ERRORS, LATENCY, RATE_LIMIT, DISCONNECT -> true;
            default -> false;
        };
    }

    private static Reply unknown(long requestId, String fault) {
        return Replies.nack(
                requestId,
                NackReason.NACK_REASON_UNKNOWN_FAULT,
                "no link fault '" + fault + "'; the link faults are "
                        + List.of(BYTE_LOSS, BIT_ERRORS, LATENCY, RATE_LIMIT, DISCONNECT));
    }

    /** Checks the parameters, throwing a named rejection. */
    private static LinkFaultParameters validate(FaultArm arm) {
        String fault = arm.getFault();
        Map<String, String> values = arm.getParametersMap();
        LinkFaultParameters p = switch (fault) {
            case BYTE_LOSS, BIT_ERRORS ->
                new LinkFaultParameters(fault, values, Set.of("rate_ppm", "direction", "transport", "seed"));
            case LATENCY ->
                new LinkFaultParameters(
                        fault, values, Set.of("latency_us", "jitter_us", "direction", "transport", "seed"));
            case RATE_LIMIT ->
                new LinkFaultParameters(fault, values, Set.of("bytes_per_second", "direction", "transport"));
            case DISCONNECT -> new LinkFaultParameters(fault, values, Set.of("duration_us", "transport"));
            default ->
                throw new WireRejection(
                        NackReason.NACK_REASON_UNKNOWN_FAULT,
                        unknown(0, fault).getNack().getMessage());
        };
        switch (fault) {
            case BYTE_LOSS, BIT_ERRORS -> p.required("rate_ppm", 0, PPM);
            case LATENCY -> {
                p.required("latency_us", 0, MAX_DELAY_US);
                p.optional("jitter_us", 0, MAX_DELAY_US, 0);
            }
            case RATE_LIMIT -> p.required("bytes_per_second", 1, 1_000_000_000L);
            case DISCONNECT -> p.optional("duration_us", 0, Long.MAX_VALUE / 2_000, 0);
            default -> {}
        }
        p.optional("seed", Long.MIN_VALUE, Long.MAX_VALUE, 0);
        p.transports();
        p.directions();
        return p;
    }

    private void recompute() {
        generation++;
        tcp = conditionsFor(LinkTransport.TCP);
        serial = conditionsFor(LinkTransport.SERIAL);
    }

    private LinkConditions conditionsFor(LinkTransport transport) {
        Impairment toPump = Impairment.NONE;
        Impairment fromPump = Impairment.NONE;
        long disconnectedUntil = 0;
        List<String> names = new java.util.ArrayList<>();
        for (Armed a : armed.values()) {
            if (!a.transports().contains(transport)) {
                continue;
            }
            String fault = a.request().getFault();
            names.add(fault);
            LinkFaultParameters p = new LinkFaultParameters(
                    fault,
                    a.request().getParametersMap(),
                    a.request().getParametersMap().keySet());
            long seedBase = p.optional("seed", Long.MIN_VALUE, Long.MAX_VALUE, runSeed);
            for (LinkDirection direction : a.directions()) {
                long seed = new RandomStreams(seedBase)
                        .stream(fault + "." + transport.name() + "." + direction.name())
                                .nextLong();
                Impairment i = direction == LinkDirection.TO_PUMP ? toPump : fromPump;
                i = switch (fault) {
                    case BYTE_LOSS -> i.withLoss(p.required("rate_ppm", 0, PPM), seed ^ i.lossSeed());
                    case BIT_ERRORS -> i.withBitErrors(p.required("rate_ppm", 0, PPM), seed ^ i.lossSeed());
                    case LATENCY ->
                        i.withLatency(
                                p.required("latency_us", 0, MAX_DELAY_US),
                                p.optional("jitter_us", 0, MAX_DELAY_US, 0),
                                seed);
                    case RATE_LIMIT -> i.withRate(p.required("bytes_per_second", 1, 1_000_000_000L));
                    default -> i;
                };
                if (direction == LinkDirection.TO_PUMP) {
                    toPump = i;
                } else {
                    fromPump = i;
                }
            }
            if (fault.equals(DISCONNECT)) {
                long durationUs = p.optional("duration_us", 0, Long.MAX_VALUE / 2_000, 0);
                long durationNanos = durationUs == 0 ? Long.MAX_VALUE / 2 : durationUs * 1_000;
                disconnectedUntil = a.armedAtNanos() + durationNanos;
            }
        }
        return new LinkConditions(generation, toPump, fromPump, disconnectedUntil, List.copyOf(names));
    }
}
