package io.itddsim.wire.metrics;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meters of one transport: frames in and out by type, frames dropped by reason (the codecs'
 * {@link FrameDropCounters}), sessions, conflated samples, connections closed for backlog.
 */
public final class TransportMetrics {

    private final Map<Envelope.BodyCase, Counter> framesIn = new EnumMap<>(Envelope.BodyCase.class);
    private final Map<Envelope.BodyCase, Counter> framesOut = new EnumMap<>(Envelope.BodyCase.class);
    private final Map<Envelope.BodyCase, Counter> unexpected = new EnumMap<>(Envelope.BodyCase.class);
    private final FrameDropCounters drops = new FrameDropCounters();
    private final AtomicInteger sessions = new AtomicInteger();
    private final Counter conflated;
    private final Counter closedForBacklog;
    private final Map<String, Counter> rejected = new java.util.concurrent.ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final String transport;

    TransportMetrics(MeterRegistry registry, String transport) {
        for (Envelope.BodyCase body : Envelope.BodyCase.values()) {
            String type = body == Envelope.BodyCase.BODY_NOT_SET
                    ? "none"
                    : body.name().toLowerCase(Locale.ROOT);
            framesIn.put(body, frames(registry, "itdd.wire.frames.in", "Envelopes received", transport, type));
            framesOut.put(body, frames(registry, "itdd.wire.frames.out", "Envelopes sent", transport, type));
            unexpected.put(
                    body,
                    frames(
                            registry,
                            "itdd.wire.frames.unexpected",
                            "Envelopes received that a pump never expects",
                            transport,
                            type));
        }
        for (FrameDropReason reason : FrameDropReason.values()) {
            if (!reason.appliesTo(transport)) {
                continue; // a counter that can never move would only confuse (serial has no length prefix)
            }
            FunctionCounter.builder("itdd.wire.frames.dropped", drops, d -> d.count(reason))
                    .description("Frames dropped by the receiver, by reason")
                    .tag("transport", transport)
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("itdd.wire.sessions", sessions, AtomicInteger::get)
                .description("Sessions past the handshake")
                .tag("transport", transport)
                .register(registry);
        conflated = Counter.builder("itdd.wire.samples.conflated")
                .description("Status samples replaced by a newer one before a slow client could take them")
                .tag("transport", transport)
                .register(registry);
        closedForBacklog = Counter.builder("itdd.wire.sessions.closed.backlog")
                .description("Connections closed because the client stopped reading")
                .tag("transport", transport)
                .register(registry);
        this.registry = registry;
        this.transport = transport;
        rejectedCounter("bad_mac");
        rejectedCounter("replayed");
    }

    /** An envelope after the handshake failed authentication and was dropped; {@code reason} e.g. "bad_mac". */
    public void rejected(String reason) {
        rejectedCounter(reason).increment();
    }

    public double rejectedFrames(String reason) {
        return rejectedCounter(reason).count();
    }

    private Counter rejectedCounter(String reason) {
        return rejected.computeIfAbsent(
                reason,
                r -> Counter.builder("itdd.wire.frames.rejected")
                        .description("Envelopes after the handshake that failed authentication, by reason")
                        .tag("transport", transport)
                        .tag("reason", r)
                        .register(registry));
    }

    private static Counter frames(
            MeterRegistry registry, String name, String description, String transport, String type) {
        return Counter.builder(name)
                .description(description)
                .tag("transport", transport)
                .tag("type", type)
                .register(registry);
    }

    /** The drop counters to hand to the transport's codecs. */
    public FrameDropCounters drops() {
        return drops;
    }

    public void frameIn(Envelope.BodyCase body) {
        framesIn.get(body).increment();
    }

    public void frameOut(Envelope.BodyCase body) {
        framesOut.get(body).increment();
    }

    public void unexpected(Envelope.BodyCase body) {
        unexpected.get(body).increment();
    }

    public void sessionOpened() {
        sessions.incrementAndGet();
    }

    public void sessionClosed() {
        sessions.decrementAndGet();
    }

    public int sessions() {
        return sessions.get();
    }

    public void conflated(long count) {
        conflated.increment(count);
    }

    public void closedForBacklog() {
        closedForBacklog.increment();
    }

    public double framesIn(Envelope.BodyCase body) {
        return framesIn.get(body).count();
    }

    public double framesOut(Envelope.BodyCase body) {
        return framesOut.get(body).count();
    }

    public double unexpectedFrames() {
        return unexpected.values().stream().mapToDouble(Counter::count).sum();
    }
}
