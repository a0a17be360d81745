package io.itddsim.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.FaultWindow;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.PatientCourse;
import io.itddsim.bench.expect.Signal;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.Target;
import io.itddsim.bench.run.TargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a target that reports only what a real pump can (no ground truth), expectations about ground
 * truth are "not observable": reported as such, never passed, and they do not fail the scenario.
 */
class NotObservableTest {
    @TempDir
    Path dir;

    /** The emulator's run as a real device would report it: belief only, no fault ends. */
    static final class BeliefOnlyTarget implements Target {
        private final EmbeddedTarget inner = new EmbeddedTarget();

        @Override
        public String describe() {
            return "a real pump";
        }

        @Override
        public boolean concurrent() {
            return true;
        }

        @Override
        public Observations run(BenchScenario scenario, ProgressListener progress) throws TargetException {
            Observations all = inner.run(scenario, progress);
            return new Observations(
                    describe(),
                    all.durationUs(),
                    all.sampleIntervalUs(),
                    Arrays.stream(Signal.values()).filter(s -> !s.groundTruth()).collect(Collectors.toSet()),
                    all.samples(),
                    all.events(),
                    all.alarms(),
                    all.soundings(),
                    all.refills(),
                    all.faults().stream()
                            .map(f -> new FaultWindow(
                                    f.name(), f.kind(), f.occurrence(), f.fromUs(), FaultWindow.UNKNOWN))
                            .toList(),
                    all.commands(),
                    PatientCourse.NONE,
                    all.notes());
        }
    }

    static BenchResult runOnBeliefOnlyTarget(Path dir) throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", """
                  - alarm: MOTOR_STALL
                    within: 10m
                    after: fault jam
                  - signal: reservoir_actual
                    min: 17 mL
                    after: fault jam
                """);
        BenchScenario scenario = BenchScenarioLoader.builtIn().load(file);
        return new BenchRunner(new BeliefOnlyTarget(), 1, BenchProgress.NONE)
                .run(List.of(new Suite(dir.toString(), List.of(scenario))));
    }

    @Test
    @DisplayName("a ground-truth expectation on a belief-only target is not observable, and says why")
    void groundTruthIsNotObservable() throws Exception {
        ScenarioResult r = runOnBeliefOnlyTarget(dir).scenarios().get(0);
        assertEquals(
                Verdict.Outcome.PASSED,
                r.verdicts().get(0).outcome(),
                r.verdicts().toString());
        Verdict truth = r.verdicts().get(1);
        assertEquals(Verdict.Outcome.NOT_OBSERVABLE, truth.outcome());
        assertEquals("reservoir_actual is ground truth, which a real pump does not report", truth.evidence());
        assertTrue(r.passed(), "not observable is not a failure");
    }

    @Test
    @DisplayName("the console lists a not-observable expectation and counts it apart")
    void consoleSaysSo() throws Exception {
        String text = ConsoleSummary.render(runOnBeliefOnlyTarget(dir));
        assertTrue(text.contains("NOT OBSERVABLE signal reservoir_actual at least 17 mL after fault jam"), text);
        assertTrue(text.contains("2 expectations: 1 passed, 0 failed, 1 not observable"), text);
    }

    @Test
    @DisplayName("a window spanning a fault whose end is ground truth is not observable either")
    void faultEndIsGroundTruth() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", """
                  - signal: motor
                    is: STALLED
                    during: fault jam
                """);
        BenchScenario scenario = BenchScenarioLoader.builtIn().load(file);
        ScenarioResult r = new BenchRunner(new BeliefOnlyTarget(), 1, BenchProgress.NONE).runOne(scenario);
        assertEquals(Verdict.Outcome.NOT_OBSERVABLE, r.verdicts().get(0).outcome());
        assertTrue(r.verdicts().get(0).evidence().contains("when fault jam ended is ground truth"));
    }
}
