package io.itddsim.bench.expect;

import io.itddsim.sim.fault.FaultKind;

/**
 * When one occurrence of a fault acted on the plant. Its start is known to whoever injected it;
 * its end is ground truth (an MRI's delayed recovery, a transient stall clearing) unless it was
 * scheduled.
 *
 * @param name       the fault's name in the scenario
 * @param kind       its catalogue entry
 * @param occurrence 0 for the first
 * @param fromUs     when it began acting
 * @param toUs       when it stopped, or {@link #OPEN} if it still acted at the end of the run, or
 *                   {@link #UNKNOWN} when the target cannot tell
 */
public record FaultWindow(String name, FaultKind kind, int occurrence, long fromUs, long toUs) {
    public static final long OPEN = -1;
    public static final long UNKNOWN = -2;
}
