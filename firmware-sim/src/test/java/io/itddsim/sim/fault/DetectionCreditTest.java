package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.MORPHINE_25;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.PumpCommand;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A detection is credited only to a fault whose effect the detector saw: an event logged while the
 * fault acted on the plant (or within the grace time after), or, for the refill volume check, a
 * fault that acted during the interval the check measures. Found by a scenario written outside the
 * team: a two-hour kink on day 1 was reported "detected by MOTOR_STALL" when an unrelated stall
 * came on day 3.
 */
class DetectionCreditTest {

    private static FaultRecord record(PumpSimulator sim, String name) {
        return sim.faultRecords().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record of " + name + ": " + sim.faultRecords()));
    }

    private static PumpCommand.Refill refill() {
        return PumpCommand.Refill.ofReservoir(30_000_000, MORPHINE_25, 0);
    }

    @Test
    @DisplayName("a kink on day 1 is a miss, not 'detected' by an unrelated stall on day 3, which is the stall's")
    void aStallDaysLaterIsNotCreditedToAnEarlierKink() {
        PumpSimulator sim = FaultPumps.morphine(91);
        arm(
                sim,
                FaultSpec.of(FaultKind.CATHETER_KINK, FaultSchedule.at(DAY_US).lasting(2 * HOUR_US))
                        .named("kink"));
        arm(
                sim,
                FaultSpec.of(FaultKind.MOTOR_STALL_TRANSIENT, FaultSchedule.at(3 * DAY_US))
                        .with("duration", HOUR_US)
                        .named("stall"));
        sim.runUntil(4 * DAY_US);
        FaultRecord kink = record(sim, "kink");
        assertFalse(kink.detected(), "the kink went unnoticed: " + kink);
        FaultRecord stall = record(sim, "stall");
        assertEquals("MOTOR_STALL", stall.detectedBy());
        assertEquals(
                List.of(stall.detectedUs()),
                FaultPumps.events(sim, EventType.MOTOR_STALL).stream()
                        .map(e -> e.timeUs())
                        .toList(),
                "the one stall, inside the stall fault's window");
    }

    @Test
    @DisplayName(
            "the refill after an occlusion ended still credits it: the strokes it turned back are in the reservoir")
    void aRefillCreditsAnObstructionThatActedSinceTheLastRefill() {
        PumpSimulator sim = FaultPumps.morphine(92);
        arm(
                sim,
                FaultSpec.of(
                                FaultKind.CATHETER_OCCLUSION,
                                FaultSchedule.at(DAY_US).lasting(8 * DAY_US))
                        .named("occlusion"));
        sim.schedule(12 * DAY_US, refill());
        sim.runUntil(12 * DAY_US + HOUR_US);
        FaultRecord r = record(sim, "occlusion");
        assertEquals("REFILL_DISCREPANCY", r.detectedBy());
        assertEquals(12 * DAY_US, r.detectedUs());
    }

    @Test
    @DisplayName(
            "a refill discrepancy that measures a later refill interval is not credited to an obstruction long gone")
    void aDiscrepancyOfALaterIntervalIsNotCredited() {
        PumpSimulator sim = FaultPumps.morphine(93);
        // two hours of occlusion: about 40 uL turned back, far below the 2 mL the 40 mL pump flags
        arm(
                sim,
                FaultSpec.of(
                                FaultKind.CATHETER_OCCLUSION,
                                FaultSchedule.at(DAY_US).lasting(2 * HOUR_US))
                        .named("occlusion"));
        sim.schedule(10 * DAY_US, refill());
        // the next refill's needle ends in the pocket: nothing aspirated, a discrepancy at day 20
        arm(
                sim,
                FaultSpec.of(
                                FaultKind.REFILL_POCKET_FILL,
                                FaultSchedule.at(20 * DAY_US - HOUR_US).lasting(2 * HOUR_US))
                        .named("pocket"));
        sim.schedule(20 * DAY_US, refill());
        sim.runUntil(20 * DAY_US + 2 * HOUR_US);
        FaultRecord pocket = record(sim, "pocket");
        assertEquals("REFILL_DISCREPANCY", pocket.detectedBy());
        assertEquals(20 * DAY_US, pocket.detectedUs());
        FaultRecord occlusion = record(sim, "occlusion");
        assertFalse(occlusion.detected(), "the day-20 check measures days 10 to 20, after the occlusion: " + occlusion);
    }

    private static final long GRACE_US =
            io.itddsim.sim.profile.ProfileParameter.FAULT_DETECTION_GRACE_US.defaultValue();

    private static FaultRecord occurrence(FaultKind kind, long fromUs, long toUs) {
        return new FaultRecord("f", kind, 0, 0, fromUs, toUs, FaultRecord.NONE, "");
    }

    private static PumpEvent stallAt(long timeUs) {
        return new PumpEvent(timeUs, EventType.MOTOR_STALL, 24, "");
    }

    @Test
    @DisplayName("a stall up to the grace time after a jam lifted is the jam's; a microsecond later it is not")
    void theGraceTimeBoundsCreditAfterTheEffectLifts() {
        DetectionCredit credit = new DetectionCredit(GRACE_US);
        FaultRecord jam = occurrence(FaultKind.MOTOR_STALL_TRANSIENT, DAY_US, DAY_US + HOUR_US);
        long endUs = DAY_US + HOUR_US;
        assertEquals(
                endUs + GRACE_US,
                credit.judge(jam, List.of(stallAt(endUs + GRACE_US))).detectedUs());
        assertFalse(credit.judge(jam, List.of(stallAt(endUs + GRACE_US + 1))).detected());
        assertFalse(credit.judge(jam, List.of(stallAt(DAY_US - 1))).detected(), "nor before it began");
    }

    @Test
    @DisplayName(
            "damage that stays is credited with a stall long after its occurrence ended: a worn shaft does not heal")
    void lastingDamageIsCreditedAfterItsOccurrenceEnded() {
        DetectionCredit credit = new DetectionCredit(GRACE_US);
        FaultRecord wear = occurrence(FaultKind.SHAFT_WEAR, DAY_US, 30 * DAY_US);
        assertEquals(
                90 * DAY_US, credit.judge(wear, List.of(stallAt(90 * DAY_US))).detectedUs());
        FaultRecord jam = occurrence(FaultKind.MOTOR_STALL_PERMANENT, DAY_US, 30 * DAY_US);
        assertFalse(credit.judge(jam, List.of(stallAt(90 * DAY_US))).detected(), "a cleared jam leaves nothing");
    }

    @Test
    @DisplayName("a fault still acting is credited with any later detector event")
    void anOpenOccurrenceIsCreditedLater() {
        FaultRecord jam = occurrence(FaultKind.MOTOR_STALL_PERMANENT, DAY_US, FaultRecord.NONE);
        assertEquals(
                400 * DAY_US,
                new DetectionCredit(GRACE_US)
                        .judge(jam, List.of(stallAt(400 * DAY_US)))
                        .detectedUs());
    }
}
