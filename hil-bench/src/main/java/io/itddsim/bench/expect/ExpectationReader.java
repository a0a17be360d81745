package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;

/** Reads one kind of entry of a scenario's {@code expect:} list. */
@FunctionalInterface
public interface ExpectationReader {
    /**
     * @param entry   the entry, whose keys {@link ExpectationKinds} has already checked
     * @param context the scenario it belongs to, and helpers for anchors, windows and names
     * @throws ScenarioError at the offending node
     */
    Expectation read(YamlMap entry, ExpectationContext context) throws ScenarioError;
}
