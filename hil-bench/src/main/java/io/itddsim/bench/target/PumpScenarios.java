package io.itddsim.bench.target;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.wire.host.ScenarioReader;

/** How an emulated pump reads the scenarios a bench asks it to start over from: as {@code simulate} does. */
public final class PumpScenarios {
    private PumpScenarios() {}

    /** Scenario files, their errors with file, line and column. */
    public static ScenarioReader reader() {
        return (source, text) -> {
            try {
                return ScenarioLoader.parse(source, text);
            } catch (ScenarioError e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }
}
