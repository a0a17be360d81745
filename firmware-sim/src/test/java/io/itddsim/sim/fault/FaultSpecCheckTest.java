package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.MINUTE_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.profile.PumpProfile;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad fault input is refused with the field and the reason, and changes nothing. */
class FaultSpecCheckTest {

    private static CommandResult arm(FaultSpec spec) {
        PumpSimulator sim = FaultPumps.morphine(1);
        CommandResult r = sim.armFault(spec);
        if (!r.accepted()) {
            sim.runUntil(HOUR_US);
            PumpSimulator clean = FaultPumps.morphine(1);
            clean.runUntil(HOUR_US);
            assertEquals(clean.stateHash(), sim.stateHash(), "a refused fault changed the run");
            assertTrue(sim.faultRecords().isEmpty());
            assertEquals(1, sim.faultInputs().size(), "the refusal is in the input log");
            assertFalse(sim.faultInputs().get(0).result().accepted());
        }
        return r;
    }

    private static void assertRefused(CommandResult r, Refusal refusal, String field, String... words) {
        assertFalse(r.accepted(), "accepted");
        assertEquals(refusal, r.refusal(), r.reason());
        assertEquals(field, r.field(), r.reason());
        for (String w : words) {
            assertTrue(r.reason().contains(w), "reason lacks \"" + w + "\": " + r.reason());
        }
    }

    @Test
    @DisplayName("an unknown fault name is refused, listing the catalogue")
    void unknownFaultIsRefused() {
        SimInputException e = assertThrows(SimInputException.class, () -> FaultSpecCheck.kind("motor_stal"));
        assertEquals("fault", e.field());
        assertTrue(e.getMessage().contains("unknown fault \"motor_stal\""), e.getMessage());
        assertTrue(e.getMessage().contains("motor_stall_transient"), e.getMessage());
        assertRefused(arm(new FaultSpec("x", null, null, FaultSchedule.now())), Refusal.INVALID, "fault", "catalogue");
    }

    @Test
    @DisplayName("a parameter the fault does not take is refused, naming it and the accepted ones")
    void unsupportedParameterIsRefused() {
        assertRefused(
                arm(FaultSpec.of(FaultKind.MOTOR_STALL_PERMANENT, FaultSchedule.now())
                        .with("duration", HOUR_US)),
                Refusal.INVALID,
                "parameters.duration",
                "unsupported parameter \"duration\"",
                "blocking_torque_nnm");
        assertRefused(
                arm(FaultSpec.of(FaultKind.CATHETER_OCCLUSION, FaultSchedule.now())
                        .with("severity", 1)),
                Refusal.INVALID,
                "parameters.severity",
                "takes no parameters");
    }

    @Test
    @DisplayName("a value out of range is refused with the range and unit")
    void outOfRangeIsRefused() {
        assertRefused(
                arm(FaultSpec.of(FaultKind.MRI_EXPOSURE, FaultSchedule.now()).with("recovery_delay", 25 * HOUR_US)),
                Refusal.OUT_OF_RANGE,
                "parameters.recovery_delay",
                "0..86400000000 us",
                "got 90000000000");
        assertRefused(
                arm(FaultSpec.of(FaultKind.CATHETER_LEAK, FaultSchedule.now()).with("leak_ppm", 0)),
                Refusal.OUT_OF_RANGE,
                "parameters.leak_ppm",
                "1..1000000 ppm");
        assertRefused(
                arm(FaultSpec.of(FaultKind.GEAR_CORROSION, FaultSchedule.now()).with("off_label", 2)),
                Refusal.OUT_OF_RANGE,
                "parameters.off_label");
    }

    @Test
    @DisplayName("a required parameter that is missing is refused, saying what it means")
    void missingRequiredIsRefused() {
        assertRefused(
                arm(FaultSpec.of(FaultKind.MOTOR_STALL_TRANSIENT, FaultSchedule.now())),
                Refusal.INVALID,
                "parameters.duration",
                "missing",
                "how long the rotor cannot turn");
    }

    @Test
    @DisplayName(
            "schedules that cannot work are refused: for on a self-ending fault, repeat without every or for, overlaps")
    void impossibleSchedulesAreRefused() {
        FaultSpec transientStall = FaultSpec.of(FaultKind.MOTOR_STALL_TRANSIENT, FaultSchedule.now())
                .with("duration", HOUR_US);
        assertRefused(
                arm(transientStall.scheduled(FaultSchedule.now().lasting(HOUR_US))),
                Refusal.INVALID,
                "for",
                "ends by itself");
        assertRefused(arm(transientStall.scheduled(FaultSchedule.now().repeated(3, 0))), Refusal.INVALID, "every");
        assertRefused(
                arm(transientStall.scheduled(FaultSchedule.now().repeated(3, HOUR_US))),
                Refusal.OUT_OF_RANGE,
                "every",
                "longer than each occurrence");
        FaultSpec occlusion =
                FaultSpec.of(FaultKind.CATHETER_OCCLUSION, FaultSchedule.now().repeated(2, DAY_US));
        assertRefused(arm(occlusion), Refusal.INVALID, "for", "needs \"for\"");
        assertRefused(arm(occlusion.scheduled(FaultSchedule.now().repeated(1, DAY_US))), Refusal.INVALID, "every");
        assertRefused(
                arm(occlusion.scheduled(FaultSchedule.now().withProbabilityPpm(1_000_001))),
                Refusal.OUT_OF_RANGE,
                "probability");
        assertRefused(
                arm(occlusion.scheduled(FaultSchedule.now().polledEvery(MINUTE_US / 2))),
                Refusal.INVALID,
                "poll",
                "only to a \"when\" condition on a quantity");
        assertRefused(
                arm(occlusion.scheduled(FaultSchedule.now()
                        .when(new FaultCondition.Threshold(
                                FaultCondition.Quantity.RESERVOIR_ACTUAL, FaultCondition.Comparison.BELOW, 5_000_000))
                        .polledEvery(1_500))),
                Refusal.OUT_OF_RANGE,
                "poll",
                "whole number of ticks");
    }

    @Test
    @DisplayName("an instantaneous fault refuses `for` but may repeat")
    void instantFaults() {
        FaultSpec flip = FaultSpec.of(FaultKind.NVM_LOG_CORRUPTION, FaultSchedule.now());
        assertRefused(
                arm(flip.scheduled(FaultSchedule.now().lasting(HOUR_US))), Refusal.INVALID, "for", "in an instant");
        assertTrue(arm(flip.scheduled(FaultSchedule.now().repeated(3, DAY_US))).accepted());
        assertRefused(
                arm(FaultSpec.of(FaultKind.REFILL_WRONG_CONCENTRATION, FaultSchedule.now())),
                Refusal.INVALID,
                "parameters.concentration_ppm",
                "missing");
    }

    @Test
    @DisplayName("an intermittent stall whose episodes cannot fit its window is refused")
    void intermittentEpisodesMustFit() {
        assertRefused(
                arm(FaultSpec.of(FaultKind.MOTOR_STALL_INTERMITTENT, FaultSchedule.now())
                        .with("episodes", 20)),
                Refusal.OUT_OF_RANGE,
                "parameters.episode_max",
                "window / episodes");
        assertRefused(
                arm(FaultSpec.of(FaultKind.MOTOR_STALL_INTERMITTENT, FaultSchedule.now())
                        .with("episode_min", 2 * HOUR_US)
                        .with("episode_max", HOUR_US)),
                Refusal.OUT_OF_RANGE,
                "parameters.episode_min",
                "must not exceed episode_max");
    }

    @Test
    @DisplayName("names must be unique and well formed; clearing an unknown or finished fault is refused")
    void namesAndClears() {
        PumpSimulator sim = FaultPumps.morphine(2);
        FaultSpec jam = FaultSpec.of(FaultKind.MOTOR_STALL_PERMANENT, FaultSchedule.now())
                .named("jam");
        assertTrue(sim.armFault(jam).accepted());
        assertRefused(sim.armFault(jam), Refusal.INVALID, "name", "already armed");
        assertRefused(sim.armFault(jam.named("bad name!")), Refusal.INVALID, "name", "letters, digits");
        assertRefused(sim.clearFault("jab"), Refusal.INVALID, "name", "no fault named \"jab\"", "armed: jam");
        sim.runUntil(HOUR_US);
        assertTrue(sim.clearFault("jam").accepted());
        assertRefused(sim.clearFault("jam"), Refusal.PUMP_STATE, "name", "already ended");
        assertEquals(
                4,
                sim.faultInputs().stream().filter(i -> !i.result().accepted()).count());
    }

    @Test
    @DisplayName("defaults come from the profile, and gear corrosion knows an off-label drug from the fill")
    void defaultsComeFromTheProfileAndTheDrug() {
        FaultValues onLabel = FaultSpecCheck.values(
                FaultSpec.of(FaultKind.GEAR_CORROSION, FaultSchedule.now()),
                PumpProfile.synchroMed20ml(),
                DrugLabel.offLabel("morphine"));
        FaultValues offLabel = FaultSpecCheck.values(
                FaultSpec.of(FaultKind.GEAR_CORROSION, FaultSchedule.now()),
                PumpProfile.synchroMed20ml(),
                DrugLabel.offLabel("hydromorphone"));
        assertFalse(onLabel.flag("off_label"));
        assertTrue(offLabel.flag("off_label"));
        assertEquals(500, onLabel.get("rate_ppm_per_day"));
        assertTrue(
                DrugLabel.offLabel("fentanyl") && !DrugLabel.offLabel("Baclofen") && !DrugLabel.offLabel("ziconotide"));
        assertEquals(
                new TreeMap<>(),
                FaultSpec.of(FaultKind.CATHETER_OCCLUSION, FaultSchedule.now()).parameters());
    }

    @Test
    @DisplayName("a run with no fault armed hashes exactly as before faults existed")
    void unarmedRunHashIsUnchanged() {
        PumpSimulator sim = FaultPumps.morphine(3);
        String before = sim.stateHash();
        sim.clearFault("nothing");
        assertEquals(before, sim.stateHash(), "a refused clear changed the hash");
        assertEquals(
                0,
                sim.events().stream()
                        .filter(e -> e.type() == EventType.COMMAND_REJECTED)
                        .count(),
                "fault inputs are bench inputs, not pump commands: nothing in the pump's log");
    }
}
