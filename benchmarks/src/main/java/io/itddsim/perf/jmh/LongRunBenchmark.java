package io.itddsim.perf.jmh;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.profile.PumpProfile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of a pump's life of 90 days, a year or seven years with fast-forward on (runs of whole
 * strokes in one go), refilled before it runs low ({@link BenchScenario#refilledPump}): what one
 * pump of a fleet study costs. Built inside the timed method, as every real run builds its pump.
 *
 * <p>In throughput mode one operation is one pump life, so with {@code -p days=365}
 * {@code -bm thrpt -tu s} the score is pump-years per second; {@code -t 2} runs two pumps at once,
 * one per thread (docs/PERFORMANCE.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class LongRunBenchmark {
    /** Length of the life: 90 days, a year, seven years. */
    @Param({"90", "365", "2555"})
    public long days;

    /** nL/day: a typical 0.5 mL/day, and 5 mL/day (refilled every week). */
    @Param({"500000", "5000000"})
    public long rateNlPerDay;

    /** No fault, or faults armed that stay idle (BenchScenario#armIdleFaults). */
    @Param({BenchScenario.NO_FAULTS})
    public String faults;

    private PumpSimulator last;

    @Benchmark
    public PumpSimulator live() {
        long horizonUs = days * PumpProfile.US_PER_DAY;
        PumpSimulator sim = BenchScenario.refilledPump(rateNlPerDay, horizonUs, faults);
        sim.runUntil(horizonUs);
        last = sim;
        return sim;
    }

    /** The figure is for the life described: the whole horizon, no fault acting, never run empty. */
    @TearDown(Level.Iteration)
    public void checkWorkload() {
        if (last == null) {
            return;
        }
        if (last.ticks() != days * PumpProfile.US_PER_DAY / last.profile().tickUs()) {
            throw new IllegalStateException("run ended after " + last.ticks() + " ticks, not " + days + " days");
        }
        if (!last.faultRecords().isEmpty()) {
            throw new IllegalStateException("an armed fault became active: " + last.faultRecords());
        }
        if (last.events().stream().anyMatch(e -> e.type() == EventType.RESERVOIR_EMPTY)) {
            throw new IllegalStateException("the reservoir ran empty: the refills do not keep up");
        }
    }
}
