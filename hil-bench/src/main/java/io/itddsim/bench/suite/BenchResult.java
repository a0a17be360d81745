package io.itddsim.bench.suite;

import io.itddsim.bench.expect.Verdict;
import java.util.List;

/**
 * Everything one {@code itdd bench run} produced, suite by suite.
 *
 * @param target the target as the user named it
 */
public record BenchResult(String target, List<SuiteResult> suites) {
    public BenchResult {
        suites = List.copyOf(suites);
    }

    public List<ScenarioResult> scenarios() {
        return suites.stream().flatMap(s -> s.scenarios().stream()).toList();
    }

    /** Every scenario ran and no expectation failed. */
    public boolean passed() {
        return scenarios().stream().allMatch(ScenarioResult::passed);
    }

    public long count(Verdict.Outcome outcome) {
        return scenarios().stream().mapToLong(s -> s.count(outcome)).sum();
    }

    public long errors() {
        return scenarios().stream().filter(ScenarioResult::errored).count();
    }
}
