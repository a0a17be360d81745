package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scenario error messages")
class ScenarioErrorTest {

    @Test
    @DisplayName("the message reads file, line, column, path, then what was wrong")
    void theMessageReadsLikeACompilerError() {
        ScenarioError e = new ScenarioError(
                "scenarios/x.yaml", 12, 5, "prescription.rate", "expected a rate such as \"0.5 mL/day\", got \"fast\"");
        assertEquals(
                "scenarios/x.yaml:12:5: prescription.rate: expected a rate such as \"0.5 mL/day\", got \"fast\"",
                e.getMessage());
        assertEquals("expected a rate such as \"0.5 mL/day\", got \"fast\"", e.detail());
    }

    @Test
    @DisplayName("an error about the whole document has no path part")
    void anErrorAboutTheWholeDocumentHasNoPath() {
        ScenarioError e = new ScenarioError("x.yaml", 1, 1, "", "missing required key \"pump\"");
        assertEquals("x.yaml:1:1: missing required key \"pump\"", e.getMessage());
    }
}
