package io.itddsim.bench.suite;

import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.scenario.QuantityFormat;
import java.util.Locale;

/**
 * The console's account of a bench run: a line per scenario, the evidence of every expectation
 * that failed or could not be observed, and the totals. Sim times only, so it reads the same on
 * any machine.
 */
public final class ConsoleSummary {
    private ConsoleSummary() {}

    public static String render(BenchResult result) {
        return render(result, false);
    }

    /** With {@code everything}, passed expectations show their evidence too. */
    public static String render(BenchResult result, boolean everything) {
        StringBuilder b = new StringBuilder();
        for (SuiteResult suite : result.suites()) {
            b.append(suite.name()).append('\n');
            for (ScenarioResult s : suite.scenarios()) {
                String mark = s.errored() ? "ERROR" : s.passed() ? "PASS " : "FAIL ";
                b.append(String.format(
                        Locale.ROOT,
                        "  %s %-48s %s%n",
                        mark,
                        s.scenario().fileName(),
                        s.errored()
                                ? ""
                                : s.count(Verdict.Outcome.PASSED) + "/"
                                        + s.verdicts().size() + " expectations"));
                if (s.errored()) {
                    b.append("        ").append(s.error()).append('\n');
                    continue;
                }
                for (Verdict v : s.verdicts()) {
                    if (v.passed() && !everything) {
                        continue;
                    }
                    b.append(
                                    v.passed()
                                            ? "        passed         "
                                            : v.failed() ? "        FAILED         " : "        NOT OBSERVABLE ")
                            .append(v.expectation().label())
                            .append("  (")
                            .append(v.expectation().location())
                            .append(")\n                       ")
                            .append(v.evidence())
                            .append(
                                    v.atUs() == Verdict.NO_TIME
                                            ? ""
                                            : " [sim time " + QuantityFormat.duration(v.atUs()) + "]")
                            .append('\n');
                }
            }
        }
        b.append(totals(result)).append('\n');
        return b.toString();
    }

    /** "5 scenarios on embedded: 4 passed, 1 failed, 0 errors; 22 expectations: 21 passed, 1 failed, 0 not observable". */
    public static String totals(BenchResult result) {
        long scenarios = result.scenarios().size();
        long passed = result.scenarios().stream().filter(ScenarioResult::passed).count();
        long errors = result.errors();
        long expectations =
                result.scenarios().stream().mapToLong(s -> s.verdicts().size()).sum();
        return String.format(
                Locale.ROOT,
                "%d scenario%s on %s: %d passed, %d failed, %d error%s; %d expectation%s: %d passed, %d failed, %d not observable",
                scenarios,
                scenarios == 1 ? "" : "s",
                result.target(),
                passed,
                scenarios - passed - errors,
                errors,
                errors == 1 ? "" : "s",
                expectations,
                expectations == 1 ? "" : "s",
                result.count(Verdict.Outcome.PASSED),
                result.count(Verdict.Outcome.FAILED),
                result.count(Verdict.Outcome.NOT_OBSERVABLE));
    }
}
