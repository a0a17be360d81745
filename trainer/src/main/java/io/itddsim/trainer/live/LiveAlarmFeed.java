package io.itddsim.trainer.live;

import io.itddsim.bench.cli.Endpoints;
import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.trainer.drill.AlarmCauses;
import io.itddsim.trainer.drill.SimTimes;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.mapping.AlarmMapping;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Live mode: an observer session on a running pump (the same wire client and subscription as
 * {@code itdd client watch --streams alarms}), keeping the pump's recent alarm events for the page
 * to play. Reconnects every few seconds while the pump is away.
 */
public final class LiveAlarmFeed implements AutoCloseable {
    private static final int KEEP = 500;
    private static final long RETRY_MS = 3_000;

    private final String target;
    private final InetSocketAddress address;
    private final PreSharedKey key;
    private final Deque<LiveEvent> events = new ArrayDeque<>();
    private final Thread worker;
    private volatile boolean closed;
    private volatile LiveStatus status;
    private volatile PumpClient client;
    private long seq;

    /**
     * @param target tcp://HOST:PORT
     * @param key    a key that may take the observer role
     * @throws IllegalArgumentException when the target is not tcp://HOST:PORT or the key may not observe
     */
    public LiveAlarmFeed(String target, PreSharedKey key) {
        this.address = address(target);
        if (!key.allows(Role.ROLE_OBSERVER)) {
            throw new IllegalArgumentException("key '" + key.id() + "' may not take the observer role");
        }
        this.target = target;
        this.key = key;
        this.status = new LiveStatus(true, target, "connecting", "");
        this.worker = new Thread(this::run, "trainer-live");
        worker.setDaemon(true);
    }

    /**
     * The pump's address in a {@code --target}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static InetSocketAddress address(String target) {
        if (!target.startsWith("tcp://")) {
            throw new IllegalArgumentException(
                    "--target '" + target + "': expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:7700");
        }
        try {
            return Endpoints.parse(target.substring("tcp://".length()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--target " + e.getMessage(), e);
        }
    }

    public LiveAlarmFeed start() {
        worker.start();
        return this;
    }

    public LiveStatus status() {
        return status;
    }

    /** The events after {@code afterSeq}, oldest first. */
    public synchronized List<LiveEvent> events(long afterSeq) {
        return events.stream().filter(e -> e.seq() > afterSeq).toList();
    }

    private void run() {
        while (!closed) {
            try (PumpClient c = PumpClient.connect(
                    TcpClientLink.to(address), ClientOptions.of(key, Role.ROLE_OBSERVER, "itdd-trainer"))) {
                client = c;
                c.onStream(this::onEnvelope);
                Reply reply = c.call(Request.newBuilder()
                                .setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_ALARMS)))
                        .get(30, TimeUnit.SECONDS);
                if (reply.hasNack()) {
                    status = new LiveStatus(
                            true,
                            target,
                            "disconnected",
                            "the pump refused the subscription: "
                                    + reply.getNack().getReason());
                } else {
                    status = new LiveStatus(true, target, "connected", "listening to the pump's alarms as an observer");
                    Throwable why = c.closed().get();
                    status = new LiveStatus(
                            true,
                            target,
                            "disconnected",
                            "the pump closed the link" + (why == null ? "" : ": " + why.getMessage()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (closed) {
                    return;
                }
                status = new LiveStatus(true, target, "disconnected", "cannot reach the pump: " + e.getMessage());
            }
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onEnvelope(Envelope envelope) {
        if (envelope.hasAlarmEvent()) {
            add(envelope.getSimTimeUs(), envelope.getAlarmEvent());
        }
    }

    private synchronized void add(long simTimeUs, AlarmEvent event) {
        AlarmType type = AlarmMapping.type(event.getCode());
        boolean critical = event.getSeverity() == io.itddsim.proto.v1.AlarmSeverity.ALARM_SEVERITY_CRITICAL;
        boolean sounds = event.getTransition() == AlarmTransition.ALARM_TRANSITION_ANNUNCIATED
                || event.getTransition() == AlarmTransition.ALARM_TRANSITION_TEST;
        String transition = event.getTransition()
                .name()
                .substring("ALARM_TRANSITION_".length())
                .toLowerCase(Locale.ROOT);
        events.addLast(new LiveEvent(
                ++seq,
                simTimeUs,
                SimTimes.format(simTimeUs),
                type == null ? null : type.name(),
                type == null ? "Alarm test" : AlarmCauses.label(type),
                critical ? "critical" : "non-critical",
                transition,
                sounds));
        while (events.size() > KEEP) {
            events.removeFirst();
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        PumpClient c = client;
        if (c != null) {
            c.close();
        }
    }
}
