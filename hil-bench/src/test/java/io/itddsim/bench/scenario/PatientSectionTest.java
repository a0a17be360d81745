package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scenario file's {@code patient:} section (docs/SCENARIOS.md, docs/PATIENT.md). */
class PatientSectionTest {
    private static final String BASE = String.join(
            "\n",
            "version: 1",
            "duration: 2d",
            "pump:",
            "  profile: synchromed2-20ml",
            "reservoir:",
            "  volume: 20 mL",
            "  drug: morphine",
            "  concentration: 25 mg/mL",
            "prescription:",
            "  mode: continuous",
            "  dose: 10 mg/day",
            "");

    private static RunPlan parse(String patient) throws ScenarioError {
        return ScenarioLoader.parse("s.yaml", BASE + patient);
    }

    private static ScenarioError error(String patient) {
        return assertThrows(ScenarioError.class, () -> parse(patient));
    }

    @Test
    @DisplayName("a scenario without a patient section has no patient")
    void noSectionNoPatient() throws ScenarioError {
        assertNull(parse("").setup().patient());
    }

    @Test
    @DisplayName("weight, history, starting spinal fluid and parameter overrides are read in their units")
    void everyKeyIsRead() throws ScenarioError {
        PatientSetup p = parse(String.join(
                        "\n",
                        "patient:",
                        "  weight: 62.5 kg",
                        "  adapted_to: 0 mg/day",
                        "  csf_at_start: empty",
                        "  parameters:",
                        "    morphine.csf_clearance_nl_per_kg_per_min: 3100",
                        "    grid_us: 30000000",
                        ""))
                .setup()
                .patient();
        assertEquals(62_500, p.weightG());
        assertEquals(0, p.adaptedDoseNgPerDay());
        assertFalse(p.steadyStart());
        assertEquals(3_100, p.parameters().get(PatientParameter.MORPHINE_CSF_CLEARANCE));
        assertEquals(30_000_000, p.parameters().get(PatientParameter.GRID_US));
    }

    @Test
    @DisplayName("by default the patient is adapted to the starting prescription and at its steady state")
    void defaults() throws ScenarioError {
        PatientSetup p = parse("patient:\n  weight: 70 kg\n").setup().patient();
        assertEquals(PatientSetup.ADAPTED_TO_PRESCRIPTION, p.adaptedDoseNgPerDay());
        assertTrue(p.steadyStart());
    }

    @Test
    @DisplayName("a drug the patient model has no kinetics for is refused, naming the ones it has")
    void unknownDrug() {
        ScenarioError e = assertThrows(
                ScenarioError.class,
                () -> ScenarioLoader.parse(
                        "s.yaml", BASE.replace("drug: morphine", "drug: ketamine") + "patient:\n  weight: 70 kg\n"));
        assertTrue(e.getMessage().contains("s.yaml:13:"), e.getMessage());
        assertTrue(e.getMessage().contains("\"ketamine\""), e.getMessage());
        assertTrue(e.getMessage().contains("morphine, hydromorphone"), e.getMessage());
    }

    @Test
    @DisplayName(
            "bad values are errors at their line: a weight without a unit, an unknown key or parameter, a value out of range")
    void badValuesAreLocated() {
        assertTrue(error("patient:\n  weight: 70\n")
                .getMessage()
                .contains("s.yaml:13:11: patient.weight: expected a body weight such as \"70 kg\""));
        assertTrue(error("patient:\n  weight: 400 kg\n").getMessage().contains("1 kg to 300 kg"));
        assertTrue(error("patient:\n  weight: 70 kg\n  weigth: 71 kg\n")
                .getMessage()
                .contains("unknown key \"weigth\""));
        assertTrue(error("patient:\n  weight: 70 kg\n  csf_at_start: full\n")
                .getMessage()
                .contains("steady or empty"));
        String unknown = error("patient:\n  weight: 70 kg\n  parameters:\n    morphine.half_life: 3\n")
                .getMessage();
        assertTrue(unknown.contains("s.yaml:15:") && unknown.contains("docs/PATIENT.md"), unknown);
        String range = error("patient:\n  weight: 70 kg\n  parameters:\n    morphine.csf_volume_ul_per_kg: 5\n")
                .getMessage();
        assertTrue(range.contains("expected 100..10000 uL/kg"), range);
        String grid = error("patient:\n  weight: 70 kg\n  parameters:\n    grid_us: 1000500\n")
                .getMessage();
        assertTrue(grid.contains("whole number of the pump's ticks"), grid);
    }
}
