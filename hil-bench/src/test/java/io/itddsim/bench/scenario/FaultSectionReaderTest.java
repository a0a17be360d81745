package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultCondition;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code faults:} section: every key read in its unit, every mistake refused at its line. */
class FaultSectionReaderTest {
    private static final long HOUR_US = 3_600_000_000L;
    private static final long DAY_US = 24 * HOUR_US;
    private static final String BASE = String.join(
            "\n",
            "version: 1",
            "duration: 10d",
            "pump:",
            "  profile: synchromed2-20ml",
            "reservoir:",
            "  volume: 20 mL",
            "  drug: hydromorphone",
            "  concentration: 10 mg/mL",
            "prescription:",
            "  mode: continuous",
            "  dose: 2 mg/day",
            "faults:",
            "");

    private static RunPlan load(String... faultLines) throws ScenarioError {
        return ScenarioLoader.parse("s.yaml", BASE + String.join("\n", faultLines) + "\n");
    }

    private static ScenarioError error(String... faultLines) {
        return assertThrows(ScenarioError.class, () -> load(faultLines));
    }

    private static void assertError(ScenarioError e, int line, String... words) {
        assertTrue(e.getMessage().startsWith("s.yaml:" + line + ":"), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "lacks \"" + w + "\": " + e.getMessage());
        }
    }

    @Test
    @DisplayName("every schedule key and parameter is read in its unit")
    void readsEverything() throws ScenarioError {
        RunPlan s = load(
                "  - fault: motor_stall_transient",
                "    name: jam",
                "    at: 2d",
                "    when: \"reservoir_actual < 5 mL\"",
                "    poll: 10s",
                "    repeat: 3",
                "    every: 1d",
                "    probability: 0.25",
                "    parameters:",
                "      duration: 90m",
                "      blocking_torque_nnm: 20000",
                "  - fault: roller_occlusion_loss",
                "    for: 12h",
                "    parameters: {free_flow: 0.2 mL/day}",
                "  - fault: gear_corrosion",
                "    when: after MOTOR_STALL",
                "    parameters: {off_label: false}");
        FaultSpec jam = s.faults().get(0);
        assertEquals("jam", jam.name());
        assertEquals(FaultKind.MOTOR_STALL_TRANSIENT, jam.kind());
        assertEquals(
                new FaultSchedule(
                        2 * DAY_US,
                        new FaultCondition.Threshold(
                                FaultCondition.Quantity.RESERVOIR_ACTUAL, FaultCondition.Comparison.BELOW, 5_000_000),
                        10_000_000,
                        0,
                        3,
                        DAY_US,
                        250_000),
                jam.schedule());
        assertEquals(90 * 60_000_000L, jam.parameters().get("duration"));
        assertEquals(20_000, jam.parameters().get("blocking_torque_nnm"));
        FaultSpec flow = s.faults().get(1);
        assertEquals("roller_occlusion_loss", flow.name(), "named after its kind by default");
        assertEquals(12 * HOUR_US, flow.schedule().forUs());
        assertEquals(200_000, flow.parameters().get("free_flow"));
        assertEquals(
                new FaultCondition.AfterEvent(EventType.MOTOR_STALL),
                s.faults().get(2).schedule().when());
        assertEquals(0, s.faults().get(2).parameters().get("off_label"));
    }

    @Test
    @DisplayName("a scenario without faults has none")
    void noFaults() throws ScenarioError {
        String text = BASE.replace("faults:\n", "");
        assertTrue(ScenarioLoader.parse("s.yaml", text).faults().isEmpty());
    }

    @Test
    @DisplayName("an unknown fault is refused with a suggestion and the catalogue")
    void unknownFault() {
        assertError(
                error("  - fault: motor_stall_transiant"),
                13,
                "unknown fault \"motor_stall_transiant\"",
                "did you mean \"motor_stall_transient\"",
                "docs/FAULTS.md");
    }

    @Test
    @DisplayName("a parameter the fault does not take is refused at that parameter, listing the ones it takes")
    void unsupportedParameter() {
        assertError(
                error("  - fault: catheter_kink", "    parameters:", "      factor: 100"),
                15,
                "unsupported parameter \"factor\"",
                "resistance_factor");
    }

    @Test
    @DisplayName("a value out of range is refused at the value, with the range")
    void outOfRange() {
        assertError(
                error("  - fault: mri_exposure", "    parameters:", "      recovery_delay: 30h"),
                15,
                "recovery_delay",
                "expected 0..86400000000 us");
    }

    @Test
    @DisplayName("a missing required parameter, and `for` on a fault that ends by itself, are refused")
    void scheduleAndRequired() {
        assertError(error("  - fault: motor_stall_transient"), 13, "missing", "duration");
        assertError(error("  - fault: mri_exposure", "    for: 2h"), 14, "ends by itself");
        assertError(error("  - fault: catheter_leak", "    repeat: 2", "    every: 1d"), 13, "needs \"for\"");
        assertError(error("  - fault: catheter_leak", "    for: 0s"), 14, "longer than zero");
    }

    @Test
    @DisplayName("conditions: unknown quantity, unknown event (with a suggestion), malformed text")
    void badConditions() {
        assertError(
                error("  - fault: catheter_leak", "    when: \"volume < 5 mL\""),
                14,
                "unknown quantity \"volume\"",
                "reservoir_actual");
        assertError(
                error("  - fault: catheter_leak", "    when: after MOTOR_STAL"), 14, "did you mean \"MOTOR_STALL\"");
        assertError(error("  - fault: catheter_leak", "    when: soon"), 14, "\"reservoir_actual < 5 mL\"");
        assertError(error("  - fault: catheter_leak", "    when: \"delivered > 5\""), 14, "delivered is a volume");
    }

    @Test
    @DisplayName("probability must be 0 to 1 with at most six decimals")
    void badProbability() {
        assertError(error("  - fault: catheter_leak", "    probability: 1.5"), 14, "from 0 to 1");
        assertError(error("  - fault: catheter_leak", "    probability: 0.0000001"), 14, "six decimals");
        assertError(error("  - fault: catheter_leak", "    probability: often"), 14, "such as 0.25");
    }

    @Test
    @DisplayName("names must be distinct; unknown keys and times after the end are refused")
    void namesKeysAndTimes() {
        assertError(error("  - fault: catheter_leak", "  - fault: catheter_leak"), 14, "already given at line 13");
        assertError(error("  - fault: catheter_leak", "    durration: 2h"), 14, "unknown key \"durration\"");
        assertError(error("  - fault: catheter_leak", "    at: 11d"), 14, "after the end of the run");
        assertError(error("  - fault: catheter_leak", "    name: \"two words\""), 14, "letters, digits");
    }

    @Test
    @DisplayName("parameters left out are left out: the pump fills in its own defaults when the fault is armed")
    void omittedParametersStayOmitted() throws ScenarioError {
        FaultSpec f = load("  - fault: gear_corrosion").faults().get(0);
        assertNull(f.parameters().get("off_label"), "the pump derives it from the drug it was filled with");
        assertTrue(f.parameters().isEmpty());
    }
}
