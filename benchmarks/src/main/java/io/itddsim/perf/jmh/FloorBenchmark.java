package io.itddsim.perf.jmh;

import io.itddsim.sim.profile.PumpProfile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floors the simulator's figures are read against (docs/PERFORMANCE.md), with none of the
 * model: only the stroke arithmetic (accumulate the rate in exact fixed point, issue a stroke when
 * one is owed, take its volume from the reservoir).
 *
 * <ul>
 *   <li>{@link #tickLoop}: that arithmetic tick by tick, one operation per tick: the floor of any
 *       stepped loop (and, times the ticks of a horizon, of stepping that horizon);</li>
 *   <li>{@link #hourlyClosedForm}: the same arithmetic in closed form over one-hour stretches, one
 *       operation per stretch: the floor of a fast-forward that must stop once an hour (the battery
 *       is measured hourly), i.e. a few operations per stretch.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class FloorBenchmark {
    static final int TICKS_PER_CALL = 1_000_000;
    static final int STRETCHES_PER_CALL = 10_000;
    private static final long TICK_US = 1_000;
    private static final long STROKE_NL = 240;
    private static final long HOUR_TICKS = 3_600_000;

    @Param({"500000", "5000000"})
    public long rateNlPerDay;

    private long incrementPerTick;
    private long strokeNumerator;
    private long owedNumerator;
    private long strokes;
    private long reservoirNl;

    @Setup
    public void start() {
        incrementPerTick = rateNlPerDay * TICK_US;
        strokeNumerator = STROKE_NL * PumpProfile.US_PER_DAY;
        reservoirNl = Long.MAX_VALUE / 2; // never runs dry within a benchmark
    }

    @Benchmark
    @OperationsPerInvocation(TICKS_PER_CALL)
    public long tickLoop() {
        long owed = owedNumerator;
        long n = strokes;
        long reservoir = reservoirNl;
        for (int i = 0; i < TICKS_PER_CALL; i++) {
            owed += incrementPerTick;
            if (owed >= strokeNumerator) {
                owed -= strokeNumerator;
                n++;
                reservoir -= STROKE_NL;
            }
        }
        owedNumerator = owed;
        strokes = n;
        reservoirNl = reservoir;
        return reservoir;
    }

    @Benchmark
    @OperationsPerInvocation(STRETCHES_PER_CALL)
    public long hourlyClosedForm() {
        long owed = owedNumerator;
        long n = strokes;
        long reservoir = reservoirNl;
        for (int i = 0; i < STRETCHES_PER_CALL; i++) {
            long total = owed + HOUR_TICKS * incrementPerTick;
            long due = total / strokeNumerator;
            owed = total - due * strokeNumerator;
            n += due;
            reservoir -= due * STROKE_NL;
        }
        owedNumerator = owed;
        strokes = n;
        reservoirNl = reservoir;
        return reservoir;
    }
}
