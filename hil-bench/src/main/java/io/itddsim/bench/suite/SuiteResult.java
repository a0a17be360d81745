package io.itddsim.bench.suite;

import java.util.List;

/** A suite's scenarios and their results, in file order. */
public record SuiteResult(String name, List<ScenarioResult> scenarios) {
    public SuiteResult {
        scenarios = List.copyOf(scenarios);
    }
}
