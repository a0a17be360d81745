package io.itddsim.bench.run;

import java.util.OptionalLong;

/**
 * How to run a scenario.
 *
 * @param seedOverride a seed that replaces the scenario's own, if present
 * @param fastForward  skip quiet stretches (results are identical either way; it is only faster)
 */
public record RunOptions(OptionalLong seedOverride, boolean fastForward) {
    public static final RunOptions DEFAULT = new RunOptions(OptionalLong.empty(), true);
}
