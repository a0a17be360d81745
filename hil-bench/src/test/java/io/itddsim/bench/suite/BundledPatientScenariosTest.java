package io.itddsim.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.EmbeddedTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every bundled patient scenario says what must follow for the patient, as a trainer would teach it
 * (an over-infusion or a restart at the old dose leads to overdose signs, a stall, a disconnection or
 * an empty reservoir to withdrawal), and the emulator does it.
 */
class BundledPatientScenariosTest {
    static final Path PATIENT = Path.of("..", "scenarios", "patient");

    /** The clinical states each scenario's expectations must show the patient reaching. */
    private static final Map<String, List<String>> TAUGHT = Map.of(
            "baclofen-catheter-disconnection.yaml", List.of("patient baclofen_withdrawal"),
            "baclofen-missed-refill.yaml", List.of("patient baclofen_withdrawal"),
            "fentanyl-over-infusion-found-at-refill.yaml", List.of("patient opioid_overdose"),
            "hydromorphone-motor-stall.yaml", List.of("patient opioid_withdrawal"),
            "morphine-restart-after-empty-week.yaml",
                    List.of("patient opioid_withdrawal", "patient opioid_overdose grade 3"));

    @Test
    @DisplayName(
            "each scenario in scenarios/patient expects the patient's course, and all of it passes on the embedded target")
    void allPassEmbedded() throws Exception {
        SuiteLoader.Loaded loaded = new SuiteLoader(BenchScenarioLoader.builtIn()).load(List.of(PATIENT));
        assertTrue(loaded.ok(), loaded.errors().toString());
        assertEquals(TAUGHT.size(), loaded.suites().get(0).scenarios().size(), "the bundled patient scenarios");
        BenchResult result = new BenchRunner(new EmbeddedTarget(), 2, BenchProgress.NONE).run(loaded.suites());
        for (ScenarioResult r : result.scenarios()) {
            String file = r.scenario().fileName();
            assertTrue(
                    r.verdicts().size() >= 5, file + " has only " + r.verdicts().size());
            for (Verdict v : r.verdicts()) {
                assertEquals(Verdict.Outcome.PASSED, v.outcome(), file + ": " + v);
            }
            for (String taught : TAUGHT.get(file)) {
                assertTrue(
                        r.verdicts().stream()
                                .anyMatch(v -> v.expectation().describe().startsWith(taught + " ")),
                        file + " expects " + taught);
            }
        }
    }
}
