package io.itddsim.bench.suite;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.Verdict;
import java.util.List;

/**
 * One scenario's run on a target: its verdicts, or the error that kept it from running.
 *
 * @param scenario     what was run
 * @param observations what the target observed; null when it could not run
 * @param verdicts     one per expectation, in file order; empty after an error
 * @param error        why it could not run, or null
 * @param wallNanos    how long it took on the host's clock (for JUnit's time; never in verdicts)
 */
public record ScenarioResult(
        BenchScenario scenario, Observations observations, List<Verdict> verdicts, String error, long wallNanos) {
    public ScenarioResult {
        verdicts = List.copyOf(verdicts);
    }

    public boolean errored() {
        return error != null;
    }

    /** Ran and no expectation failed (not-observable ones do not fail a scenario, and are reported). */
    public boolean passed() {
        return !errored() && verdicts.stream().noneMatch(Verdict::failed);
    }

    public long count(Verdict.Outcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).count();
    }
}
