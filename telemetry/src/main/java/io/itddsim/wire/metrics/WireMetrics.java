package io.itddsim.wire.metrics;

import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.RefusalReason;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.linkfault.LinkFaultCounters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * The pump host's meters, in one Micrometer registry (a Prometheus one for the scrape endpoint).
 * Names start {@code itdd.}; Prometheus shows them with underscores ({@code itdd_wire_frames_in_total}).
 */
public final class WireMetrics {

    private final MeterRegistry registry;
    private final Map<String, TransportMetrics> transports = new ConcurrentHashMap<>();
    private final Map<NackReason, Counter> nacks = new ConcurrentHashMap<>();
    private final Map<RefusalReason, Counter> refusals = new ConcurrentHashMap<>();
    private final Map<AlarmTransition, Counter> alarms = new ConcurrentHashMap<>();

    public WireMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters that go nowhere but can still be read, for tests and embedded hosts. */
    public static WireMetrics inMemory() {
        return new WireMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The meters of one transport ("tcp", "serial"); made on first use. */
    public TransportMetrics transport(String name) {
        return transports.computeIfAbsent(name, n -> new TransportMetrics(registry, n));
    }

    /** A Nack was sent (every refusal of a request is counted here, by reason). */
    public void nack(NackReason reason) {
        nacks.computeIfAbsent(reason, r -> counter("itdd.wire.nacks", "Requests refused, by reason", "reason", r))
                .increment();
    }

    /** A handshake was refused. */
    public void refusal(RefusalReason reason) {
        refusals.computeIfAbsent(
                        reason,
                        r -> counter("itdd.wire.handshake.refusals", "Handshakes refused, by reason", "reason", r))
                .increment();
    }

    /** An alarm event was streamed. */
    public void alarm(AlarmTransition transition) {
        alarms.computeIfAbsent(
                        transition, t -> counter("itdd.pump.alarms", "Alarm events, by transition", "transition", t))
                .increment();
    }

    /** Registers the host's loop meters: ticks, sim time, tick lateness, overruns, queue depth. */
    public void bind(PumpHost host) {
        FunctionCounter.builder("itdd.pump.ticks", host, PumpHost::ticks)
                .description("Simulation ticks run (stepped or fast-forwarded); its rate is ticks per second")
                .register(registry);
        Gauge.builder("itdd.pump.sim.time", host, h -> h.simTimeUs() / 1e6)
                .description("Simulated time since the run began")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("itdd.pump.request.queue", host, PumpHost::queuedRequests)
                .description("Requests waiting for the sim thread")
                .register(registry);
        FunctionCounter.builder(
                        "itdd.pump.tick.overruns", host, h -> h.tickLateness().overruns())
                .description("Real-time ticks started more than one tick period late")
                .register(registry);
        latenessQuantile(host, "0.5", h -> h.getValueAtPercentile(50));
        latenessQuantile(host, "0.99", h -> h.getValueAtPercentile(99));
        latenessQuantile(host, "0.999", h -> h.getValueAtPercentile(99.9));
        latenessQuantile(host, "1.0", Histogram::getMaxValue);
    }

    /** Registers what the link faults did (bytes lost, bits flipped, TCP frames lost). */
    public void bind(LinkFaultCounters counters) {
        FunctionCounter.builder("itdd.wire.link.fault.bytes.lost", counters, LinkFaultCounters::bytesLost)
                .description("Bytes a link fault removed from a serial line")
                .register(registry);
        FunctionCounter.builder("itdd.wire.link.fault.bits.flipped", counters, LinkFaultCounters::bitsFlipped)
                .description("Bits a link fault flipped on a serial line")
                .register(registry);
        FunctionCounter.builder("itdd.wire.link.fault.frames.lost", counters, LinkFaultCounters::framesLost)
                .description("Whole TCP frames a link fault lost")
                .register(registry);
    }

    private void latenessQuantile(PumpHost host, String quantile, Function<Histogram, Long> valueNanos) {
        Gauge.builder(
                        "itdd.pump.tick.lateness",
                        host,
                        h -> valueNanos.apply(h.tickLateness().snapshotNanos()) / 1e9)
                .description("How late real-time ticks started against their wall-clock deadline, since start")
                .tag("quantile", quantile)
                .baseUnit("seconds")
                .register(registry);
    }

    private Counter counter(String name, String description, String tag, Enum<?> value) {
        return Counter.builder(name)
                .description(description)
                .tag(tag, tagValue(value))
                .register(registry);
    }

    static String tagValue(Enum<?> value) {
        String name = value.name();
        for (String prefix : new String[] {"NACK_REASON_", "REFUSAL_REASON_", "ALARM_TRANSITION_"}) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
