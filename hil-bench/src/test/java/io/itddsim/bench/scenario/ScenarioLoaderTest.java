package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.Therapy;
import io.itddsim.sim.profile.ProfileParameter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final String BASE = String.join(
            "\n",
            "version: 1",
            "duration: 2d",
            "pump:",
            "  profile: synchromed2-20ml",
            "reservoir:",
            "  volume: 20 mL",
            "  drug: ziconotide",
            "  concentration: 25 mcg/mL",
            "prescription:",
            "  mode: continuous",
            "  dose: 2.4 mcg/day",
            "");

    private static ScenarioError error(String text) {
        return assertThrows(ScenarioError.class, () -> ScenarioLoader.parse("s.yaml", text));
    }

    @Test
    @DisplayName("a dose is converted to a rate with the concentration: 2.4 mcg/day of 25 mcg/mL is 0.096 mL/day")
    void doseBecomesRate() throws ScenarioError {
        RunPlan s = ScenarioLoader.parse("s.yaml", BASE);
        Therapy.Continuous c = assertInstanceOf(
                Therapy.Continuous.class, s.setup().prescription().therapy());
        assertEquals(96_000, c.rateNlPerDay());
        assertEquals(2 * 86_400_000_000L, s.durationUs());
        assertEquals(20_000_000, s.setup().reservoirVolumeNl());
    }

    @Test
    @DisplayName("the timeline reads programs, boluses and priming boluses at their sim times")
    void timeline() throws ScenarioError {
        RunPlan s = ScenarioLoader.parse(
                "s.yaml",
                BASE
                        + String.join(
                                "\n",
                                "timeline:",
                                "  - at: 12h",
                                "    bolus: {volume: 10 uL, duration: 30m}",
                                "  - at: 1d",
                                "    program: {mode: stopped}",
                                "  - at: 1d6h",
                                "    priming_bolus: {volume: 196 uL, duration: 1h}",
                                ""));
        assertEquals(3, s.timeline().size());
        assertEquals(12 * 3_600_000_000L, s.timeline().get(0).atUs());
        assertEquals(
                new PumpCommand.StartBolus(BolusKind.SINGLE, 10_000, 1_800_000_000L),
                s.timeline().get(0).command());
        assertEquals(15, s.timeline().get(1).line());
        assertInstanceOf(PumpCommand.StartBolus.class, s.timeline().get(2).command());
    }

    @Test
    @DisplayName("profile overrides take effect and are range-checked at their line")
    void overrides() throws ScenarioError {
        String withOverride = BASE.replace(
                "  profile: synchromed2-20ml\n",
                "  profile: synchromed2-20ml\n  overrides:\n    stall_confirm_steps: 12\n");
        assertEquals(
                12,
                ScenarioLoader.parse("s.yaml", withOverride)
                        .setup()
                        .profile()
                        .get(ProfileParameter.STALL_CONFIRM_STEPS));
        ScenarioError e = error(BASE.replace(
                "  profile: synchromed2-20ml\n",
                "  profile: synchromed2-20ml\n  overrides:\n    stall_confirm_steps: -1\n"));
        assertEquals(6, e.line());
        ScenarioError unknown = error(BASE.replace(
                "  profile: synchromed2-20ml\n", "  profile: synchromed2-20ml\n  overrides:\n    warp_factor: 9\n"));
        assertTrue(unknown.getMessage().contains("unknown profile parameter \"warp_factor\""));
    }

    @Test
    @DisplayName("an initial rate outside the pump's range is an error at the prescription")
    void initialRateOutOfRange() {
        ScenarioError e = error(BASE.replace("dose: 2.4 mcg/day", "rate: 30 mL/day"));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("nL/day"), e.getMessage());
    }

    @Test
    @DisplayName("an unknown profile lists the bundled ones")
    void unknownProfile() {
        ScenarioError e = error(BASE.replace("synchromed2-20ml", "synchromed3"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("synchromed2-40ml"));
    }

    @Test
    @DisplayName("overfilling the reservoir is refused at the reservoir")
    void overfill() {
        ScenarioError e = error(BASE.replace("volume: 20 mL", "volume: 25 mL"));
        assertTrue(e.getMessage().contains("reservoir.volume"), e.getMessage());
    }

    @Test
    @DisplayName("a timeline entry after the end of the run is an error")
    void timelineAfterEnd() {
        ScenarioError e = error(BASE + "timeline:\n  - at: 3d\n    program: {mode: stopped}\n");
        assertEquals(13, e.line());
    }

    @Test
    @DisplayName("a timeline entry with two commands is an error")
    void twoCommandsInOneEntry() {
        ScenarioError e = error(BASE + "timeline:\n  - at: 1d\n    program: {mode: stopped}\n"
                + "    bolus: {volume: 10 uL, duration: 1h}\n");
        assertEquals(15, e.line(), "reported at the second command");
    }

    @Test
    @DisplayName("a wrong format version is refused")
    void wrongVersion() {
        ScenarioError e = error(BASE.replace("version: 1", "version: 7"));
        assertEquals(1, e.line());
    }
}
