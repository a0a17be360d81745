package io.itddsim.wire.host;

import io.itddsim.sim.engine.PumpSimulator;

/**
 * Keeps sim time on the wall clock times a factor, by sleep debt: tick deadlines are computed from
 * one anchor (wall time and sim time when pacing began), never from the previous wake-up, so an
 * oversleep is paid back by running the overdue ticks at once instead of drifting. Every tick's
 * lateness (start against deadline) goes to {@link TickLateness}. The sim never runs ahead of the
 * wall clock.
 *
 * <p>Sim-thread only. The factor is in thousandths (1000 = real time).
 */
final class RealTimePacer {

    private static final long NANOS_PER_US = 1_000;

    private final long tickUs;
    private final TickLateness lateness;
    private long factorThousandths = 1000;
    private long anchorNanos;
    private long anchorSimUs;

    RealTimePacer(long tickUs, TickLateness lateness) {
        this.tickUs = tickUs;
        this.lateness = lateness;
    }

    /** Starts pacing from here: sim time {@code simUs} is due at wall time {@code nowNanos}. */
    void anchor(long nowNanos, long simUs, long factorThousandths) {
        this.anchorNanos = nowNanos;
        this.anchorSimUs = simUs;
        this.factorThousandths = factorThousandths;
    }

    /**
     * Runs the ticks whose start is due by {@code nowNanos}, at most {@code maxTicks}, and returns
     * how long until the next tick is due (0 or less: more are already due).
     */
    long runDueTicks(PumpSimulator sim, long nowNanos, long maxTicks) {
        long nextStartUs = sim.nowUs();
        long reachedUs = anchorSimUs + mulDiv(nowNanos - anchorNanos, factorThousandths, 1_000_000);
        if (reachedUs >= nextStartUs) {
            long due = Math.min((reachedUs - nextStartUs) / tickUs + 1, maxTicks);
            long periodNanos = mulDiv(tickUs * NANOS_PER_US, 1000, factorThousandths);
            for (long i = 0; i < due; i++) {
                long latenessNanos = nowNanos - deadlineNanos(nextStartUs + i * tickUs);
                lateness.record(latenessNanos, latenessNanos > periodNanos);
            }
            sim.runUntil(nextStartUs + due * tickUs);
        }
        return deadlineNanos(sim.nowUs()) - System.nanoTime();
    }

    /** Wall time (System.nanoTime scale) at which the tick starting at {@code simUs} is due. */
    long deadlineNanos(long simUs) {
        return anchorNanos + mulDiv((simUs - anchorSimUs) * NANOS_PER_US, 1000, factorThousandths);
    }

    /** {@code a * mul / div} for non-negative a without overflowing for any a a run can reach. */
    static long mulDiv(long a, long mul, long div) {
        return (a / div) * mul + (a % div) * mul / div;
    }
}
