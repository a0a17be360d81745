package io.itddsim.fleet.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.run.RunResult;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.firmware.InfusionMode;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.sim.status.BatteryIndicator;
import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.MotorState;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a run's end is read into an outcome, on hand-made runs whose answer is known. */
class OutcomeReaderTest {
    private static final long DAY = 86_400_000_000L;
    private static final long WEEK = 7 * DAY;
    private static final long ENTRY = 100 * DAY;

    private static PumpPlan plan(List<Long> visits, boolean droppedOut) {
        SimulationSetup setup = SimulationSetup.inService(
                PumpProfile.synchroMed20ml(), 1, 20_000_000, Prescription.continuous("morphine", 25_000, 400_000));
        return new PumpPlan(
                4,
                "c",
                "morphine",
                false,
                10_000_000,
                400_000,
                ENTRY,
                200 * DAY,
                droppedOut,
                30 * DAY,
                visits,
                List.of(),
                0,
                RunPlan.of("p", setup, 200 * DAY));
    }

    private static RunResult run(List<PumpEvent> events, List<FaultRecord> faults) {
        PumpStatus end = new PumpStatus(
                200 * DAY,
                0,
                new FirmwareBelief(
                        InfusionMode.CONTINUOUS,
                        "morphine",
                        80_000_000,
                        79_000_000,
                        1,
                        0,
                        MotorState.IDLE,
                        3000,
                        BatteryIndicator.OK),
                new PlantTruth(0, 60_000_000, 1_000, 0, 0, 3000, 0),
                List.of(),
                List.of(),
                events.size());
        return new RunResult(
                "p",
                "p",
                1,
                true,
                0,
                end,
                events,
                List.of(),
                List.of(),
                0,
                List.of(),
                faults,
                "hash",
                Optional.empty());
    }

    private static PumpEvent e(long t, EventType type) {
        return new PumpEvent(t, type, 0, "");
    }

    private static FaultRecord record(String name, FaultKind kind, long from, long to, long detected) {
        return new FaultRecord(name, kind, 0, 0, from, to, detected, detected < 0 ? "" : "MOTOR_STALL");
    }

    @Test
    void aStallThatRecoversWithinTheWindowIsNoFailure() {
        List<PumpEvent> ev = List.of(e(10 * DAY, EventType.MOTOR_STALL), e(12 * DAY, EventType.MOTOR_STALL_RECOVERED));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, List.of()), WEEK);
        assertFalse(o.failed());
        assertEquals(1, o.stalls());
        assertEquals(1, o.stallRecoveries());
        assertEquals(PumpOutcome.Exit.END_OF_FOLLOW_UP, o.exit());
        assertEquals(ENTRY + 200 * DAY, o.exitAgeUs());
    }

    @Test
    void theFirstStallThatDoesNotRecoverInTimeIsTheFailure() {
        List<PumpEvent> ev = List.of(
                e(10 * DAY, EventType.MOTOR_STALL),
                e(11 * DAY, EventType.MOTOR_STALL_RECOVERED),
                e(50 * DAY, EventType.MOTOR_STALL),
                e(60 * DAY, EventType.MOTOR_STALL_RECOVERED), // after the week: too late
                e(90 * DAY, EventType.MOTOR_STALL));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, List.of()), WEEK);
        assertTrue(o.failed());
        assertEquals(ENTRY + 50 * DAY, o.failureAgeUs());
        assertEquals(PumpOutcome.Exit.FAILED, o.exit());
        assertEquals(o.failureAgeUs(), o.exitAgeUs());
        assertEquals(3, o.stalls());
        assertEquals(OutcomeReader.UNATTRIBUTED, o.failureCause(), "no stall mechanism was armed");
    }

    @Test
    void theCauseIsTheStallMechanismActingLongest() {
        List<PumpEvent> ev = List.of(e(80 * DAY, EventType.MOTOR_STALL));
        List<FaultRecord> faults = List.of(
                record("episodes", FaultKind.MOTOR_STALL_INTERMITTENT, 5 * DAY, 8 * DAY, 5 * DAY), // over by then
                record("wear", FaultKind.SHAFT_WEAR, 20 * DAY, -1, 80 * DAY),
                record("particle", FaultKind.MOTOR_STALL_PERMANENT, 79 * DAY, -1, 80 * DAY),
                record("leak", FaultKind.CATHETER_LEAK, 1 * DAY, -1, -1));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, faults), WEEK);
        assertEquals("wear", o.failureCause());
    }

    @Test
    void aStallWithNoStallMechanismIsBlamedOnAnotherThatCanStallTheMotor() {
        List<PumpEvent> ev = List.of(e(80 * DAY, EventType.MOTOR_STALL));
        List<FaultRecord> faults = List.of(
                record("leak", FaultKind.CATHETER_LEAK, 1 * DAY, -1, -1), // cannot stall a motor
                record("film", FaultKind.BATTERY_RESISTIVE_FILM, 30 * DAY, -1, 80 * DAY));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, faults), WEEK);
        assertTrue(o.failed());
        assertEquals("film", o.failureCause());
    }

    @Test
    void aPumpStalledForGoodAgainstAnOccludedCatheterHasNotFailedAndLeavesTheStudyThere() {
        List<PumpEvent> ev = List.of(e(80 * DAY, EventType.MOTOR_STALL));
        List<FaultRecord> faults = List.of(
                record("leak", FaultKind.CATHETER_LEAK, 1 * DAY, -1, -1),
                record("occlusion", FaultKind.CATHETER_OCCLUSION, 30 * DAY, -1, 80 * DAY));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, faults), WEEK);
        assertFalse(o.failed(), "a catheter revision would relieve the motor");
        assertEquals("", o.failureCause());
        assertEquals("occlusion", o.catheterStallCause());
        assertEquals(PumpOutcome.Exit.STALLED_AGAINST_CATHETER, o.exit());
        assertEquals(ENTRY + 80 * DAY, o.exitAgeUs(), "censored at the stall");
    }

    @Test
    void aWornShaftStallingWhileTheCatheterIsOccludedIsAFailureOfThePump() {
        List<PumpEvent> ev = List.of(e(80 * DAY, EventType.MOTOR_STALL));
        List<FaultRecord> faults = List.of(
                record("occlusion", FaultKind.CATHETER_OCCLUSION, 10 * DAY, -1, 40 * DAY),
                record("wear", FaultKind.SHAFT_WEAR, 50 * DAY, -1, 80 * DAY));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, faults), WEEK);
        assertTrue(o.failed());
        assertEquals("wear", o.failureCause(), "a stall mechanism comes before any other");
        assertEquals("", o.catheterStallCause());
    }

    @Test
    void therapyIsLostFromTheStallUntilTheNextVisitAfterThePumpNoticed() {
        List<PumpEvent> ev = List.of(e(62 * DAY, EventType.MOTOR_STALL));
        List<FaultRecord> faults = List.of(record("wear", FaultKind.SHAFT_WEAR, 20 * DAY, -1, 62 * DAY));
        PumpOutcome o = OutcomeReader.read(plan(List.of(30 * DAY, 60 * DAY, 90 * DAY), false), run(ev, faults), WEEK);
        MechanismOutcome m = o.mechanisms().get(0);
        assertEquals(62 * DAY, m.therapyLossFromUs());
        assertEquals(0, m.lostUntilDetectedUs(), "the pump notices a stall at once");
        assertEquals(28 * DAY, m.lostUntilVisitUs(), "the next visit is on day 90");
        assertEquals(42 * DAY, m.detectionLatencyUs(), "from the wear's start to the stall");
        assertFalse(m.lossCensored());
    }

    @Test
    void aStallThatCameAndWentCostsTherapyOnlyWhileItLasted() {
        List<PumpEvent> ev = List.of(e(40 * DAY, EventType.MOTOR_STALL), e(41 * DAY, EventType.MOTOR_STALL_RECOVERED));
        List<FaultRecord> faults =
                List.of(record("episodes", FaultKind.MOTOR_STALL_INTERMITTENT, 40 * DAY, 41 * DAY, 40 * DAY));
        PumpOutcome o = OutcomeReader.read(plan(List.of(60 * DAY), false), run(ev, faults), WEEK);
        MechanismOutcome m = o.mechanisms().get(0);
        assertEquals(DAY, m.lostUntilVisitUs(), "one day, not until the visit on day 60");
        assertFalse(m.lossCensored());
        assertFalse(o.failed());
    }

    @Test
    void aMissedCatheterProblemLosesTherapyToTheEndOfFollowUp() {
        List<FaultRecord> faults = List.of(record("off", FaultKind.CATHETER_DISCONNECTION, 150 * DAY, -1, -1));
        PumpOutcome o = OutcomeReader.read(plan(List.of(30 * DAY, 180 * DAY), true), run(List.of(), faults), WEEK);
        MechanismOutcome m = o.mechanisms().get(0);
        assertFalse(m.detected());
        assertEquals(Effect.UNDER_DELIVERY, m.effect());
        assertEquals(50 * DAY, m.lostUntilDetectedUs());
        assertEquals(50 * DAY, m.lostUntilVisitUs());
        assertTrue(m.lossCensored());
        assertEquals(PumpOutcome.Exit.DROPPED_OUT, o.exit());
    }

    @Test
    void aPumpWhoseBatteryEndsBeforeAStallLeavesAtEndOfService() {
        List<PumpEvent> ev = new ArrayList<>(List.of(
                e(30 * DAY, EventType.BATTERY_ERI),
                e(40 * DAY, EventType.BATTERY_EOS),
                e(41 * DAY, EventType.MOTOR_STALL)));
        PumpOutcome o = OutcomeReader.read(plan(List.of(), false), run(ev, List.of()), WEEK);
        assertFalse(o.failed());
        assertEquals(PumpOutcome.Exit.BATTERY_END_OF_SERVICE, o.exit());
        assertEquals(ENTRY + 40 * DAY, o.exitAgeUs());
        assertEquals(ENTRY + 30 * DAY, o.eriAgeUs());
    }
}
