package io.itddsim.perf.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lockstep speed: ticks per second with fast-forward off, the mode a hardware-in-the-loop or
 * tick-by-tick co-simulation uses. One operation is one tick, so the score reads directly as
 * ticks/s and, under {@code -prof gc}, {@code gc.alloc.rate.norm} reads directly as bytes per tick.
 *
 * <p>A batch of ticks per call keeps JMH's own per-call cost (timestamps, the blackhole) out of a
 * figure measured in nanoseconds per tick.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SteppedTicksBenchmark {
    static final int TICKS_PER_CALL = 1_000_000;

    /** Steps through the engine's public API, as a caller would; returns the clock so nothing is dead. */
    @Benchmark
    @OperationsPerInvocation(TICKS_PER_CALL)
    public long stepTicks(SteppedPump pump) {
        pump.sim.step(TICKS_PER_CALL);
        return pump.sim.nowUs();
    }
}
