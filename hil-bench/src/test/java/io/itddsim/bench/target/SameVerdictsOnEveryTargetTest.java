package io.itddsim.bench.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.Sample;
import io.itddsim.bench.expect.Signal;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.run.Target;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchResult;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.bench.suite.Suite;
import io.itddsim.bench.suite.SuiteLoader;
import io.itddsim.wire.host.Pacing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled fault and patient scenarios on the three targets: the in-process emulator, an emulated
 * pump over real loopback TCP, and the same over a real pseudo-terminal pair. One pump serves both
 * links and starts over from each scenario (LoadScenario); the bench steps it in lockstep, arms the
 * faults and sends the timeline over the wire. The pump reports ground truth and, to the bench, the
 * simulated patient, so every expectation passes on every target, with the same evidence word for
 * word, the patient's included.
 */
class SameVerdictsOnEveryTargetTest {
    static List<Suite> suites;
    static BenchResult embedded;
    static BenchPumps pumps;

    @BeforeAll
    static void runEmbedded() throws Exception {
        SuiteLoader.Loaded loaded = new SuiteLoader(BenchScenarioLoader.builtIn())
                .load(List.of(Path.of("..", "scenarios", "faults"), Path.of("..", "scenarios", "patient")));
        assertTrue(loaded.ok(), loaded.errors().toString());
        suites = loaded.suites();
        assertEquals(10, suites.stream().mapToInt(s -> s.scenarios().size()).sum(), "five fault, five patient");
        embedded = new BenchRunner(new EmbeddedTarget(), 2, BenchProgress.NONE).run(suites);
        pumps = BenchPumps.start(Pacing.lockstep(), true, true);
    }

    @AfterAll
    static void stopPump() {
        if (pumps != null) {
            pumps.close();
        }
    }

    @Test
    @DisplayName("over loopback TCP: every bundled fault and patient scenario passes, with the embedded run's evidence")
    void tcp() throws Exception {
        assertSameAsEmbedded(pumps.target(pumps.tcp()));
    }

    @Test
    @DisplayName(
            "over a pseudo-terminal pair: every bundled fault and patient scenario passes, with the embedded run's evidence")
    void serial() throws Exception {
        assertSameAsEmbedded(pumps.target(pumps.serial()));
    }

    /** The samples at the same times, with the same values for every signal the wire carries. */
    private static void assertSameSamples(ScenarioResult embeddedRun, ScenarioResult wireRun) {
        List<Sample> e = embeddedRun.observations().samples();
        List<Sample> w = wireRun.observations().samples();
        assertEquals(e.size(), w.size(), wireRun.scenario().file() + ": samples");
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).timeUs(), w.get(i).timeUs());
            for (Signal s : wireRun.observations().observable()) {
                assertEquals(
                        e.get(i).value(s),
                        w.get(i).value(s),
                        s.key() + " at " + e.get(i).timeUs() + " us");
            }
        }
    }

    private static void assertSameAsEmbedded(Target target) throws Exception {
        BenchResult wire = new BenchRunner(target, 1, BenchProgress.NONE).run(suites);
        List<ScenarioResult> expected = embedded.scenarios();
        List<ScenarioResult> actual = wire.scenarios();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            ScenarioResult e = expected.get(i);
            ScenarioResult a = actual.get(i);
            assertTrue(!a.errored(), a.scenario().file() + " on " + target.describe() + ": " + a.error());
            assertEquals(List.of(), a.observations().notes(), a.scenario().file() + ": nothing lost on the way");
            assertEquals(
                    e.scenario().plan().setup().patient() != null,
                    a.observations().patient().present(),
                    a.scenario().file() + ": the patient came over the wire");
            assertEquals(
                    e.observations().patient(),
                    a.observations().patient(),
                    a.scenario().file() + ": the patient's course rebuilt from the samples is the model's own");
            assertEquals(e.verdicts().size(), a.verdicts().size());
            for (int v = 0; v < e.verdicts().size(); v++) {
                Verdict ve = e.verdicts().get(v);
                Verdict va = a.verdicts().get(v);
                assertEquals(Verdict.Outcome.PASSED, va.outcome(), a.scenario().file() + ": " + va);
                assertEquals(
                        ve.evidence(),
                        va.evidence(),
                        a.scenario().file() + ": " + ve.expectation().describe());
                assertEquals(ve.atUs(), va.atUs());
            }
            assertSameSamples(e, a);
        }
    }
}
