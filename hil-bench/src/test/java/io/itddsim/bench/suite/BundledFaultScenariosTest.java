package io.itddsim.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.EmbeddedTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every bundled fault scenario says what must follow its fault, and the emulator does it. */
class BundledFaultScenariosTest {
    static final Path FAULTS = Path.of("..", "scenarios", "faults");

    static List<Suite> faultSuite() {
        SuiteLoader.Loaded loaded = new SuiteLoader(BenchScenarioLoader.builtIn()).load(List.of(FAULTS));
        assertTrue(loaded.ok(), loaded.errors().toString());
        return loaded.suites();
    }

    @Test
    @DisplayName("each scenario in scenarios/faults carries expectations, and all pass on the embedded target")
    void allPassEmbedded() throws Exception {
        List<Suite> suites = faultSuite();
        assertEquals(1, suites.size());
        assertEquals(5, suites.get(0).scenarios().size(), "the five bundled fault scenarios");
        for (BenchScenario s : suites.get(0).scenarios()) {
            assertTrue(
                    s.expectations().size() >= 5,
                    s.file() + " has only " + s.expectations().size());
        }
        BenchResult result = new BenchRunner(new EmbeddedTarget(), 2, BenchProgress.NONE).run(suites);
        for (ScenarioResult r : result.scenarios()) {
            for (Verdict v : r.verdicts()) {
                assertEquals(Verdict.Outcome.PASSED, v.outcome(), r.scenario().file() + ": " + v);
            }
        }
    }
}
