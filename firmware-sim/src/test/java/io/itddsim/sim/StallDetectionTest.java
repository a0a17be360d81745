package io.itddsim.sim;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.ProfileParameter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A stall is forced on the plant by wearing the gear train until the motor cannot turn it; the
 * firmware must find out from its rotor sensor alone.
 */
class StallDetectionTest {
    /** Gear friction x5: load exceeds the motor's torque at full battery voltage. */
    private static final long SEIZED_WEAR_PPM = 5_000_000;

    /** The design's detection bound once a stroke starts: the confirm run of driven steps. */
    private static long confirmWindowUs(PumpSimulator sim) {
        return (sim.profile().get(ProfileParameter.STALL_CONFIRM_STEPS) - 1)
                * sim.profile().get(ProfileParameter.MOTOR_STEP_PERIOD_US);
    }

    @Test
    @DisplayName("a stall is detected within the confirm window of the next driven stroke")
    void stallIsDetectedWithinTheDesignBound() {
        PumpSimulator sim = Pumps.morphine40ml(11, 500_000);
        sim.runUntil(DAY_US);
        long strokesBefore = sim.firmware().strokesCommanded();
        sim.plant().gears().setWearPpm(SEIZED_WEAR_PPM);
        long stalledAt = sim.nowUs();
        // at 0.5 mL/day a 240 nL stroke is due every 41.5 s
        long strokeIntervalUs = DAY_US * sim.firmware().strokeVolumeNl() / 500_000;
        sim.runUntil(stalledAt + strokeIntervalUs + confirmWindowUs(sim) + 1_000);
        PumpEvent stall = Pumps.firstEvent(sim, EventType.MOTOR_STALL);
        assertTrue(
                stall != null,
                "no stall detected; strokes since " + (sim.firmware().strokesCommanded() - strokesBefore));
        assertTrue(
                stall.timeUs() - stalledAt <= strokeIntervalUs + confirmWindowUs(sim),
                "detected " + (stall.timeUs() - stalledAt) + " us after the stall");
        assertTrue(sim.firmware().stallDetected());
    }

    @Test
    @DisplayName("a stall is detected only while the motor is driven: a stopped pump does not notice")
    void stallIsDetectedOnlyWhileTheMotorIsDriven() {
        PumpSimulator sim = Pumps.stopped20ml(12, 10_000_000);
        sim.plant().gears().setWearPpm(SEIZED_WEAR_PPM);
        sim.runUntil(10 * DAY_US);
        assertEquals(null, Pumps.firstEvent(sim, EventType.MOTOR_STALL), "stopped pump cannot sense a stall");
        assertEquals(0, sim.plant().motor().stepsDriven());

        long restartAt = sim.nowUs();
        sim.schedule(
                restartAt,
                new PumpCommand.Program(Prescription.continuous("morphine", Pumps.MORPHINE_25_MG_PER_ML, 500_000)));
        sim.runUntil(restartAt + HOUR_US);
        PumpEvent stall = Pumps.firstEvent(sim, EventType.MOTOR_STALL);
        assertTrue(stall != null, "stall not detected once the motor was driven");
        long strokeIntervalUs = DAY_US * sim.firmware().strokeVolumeNl() / 500_000;
        assertTrue(stall.timeUs() - restartAt <= strokeIntervalUs + confirmWindowUs(sim));
    }

    @Test
    @DisplayName("a stalled rotor delivers nothing while the firmware keeps counting commanded volume")
    void stalledPumpDeliversNothingButTheEstimateFalls() {
        PumpSimulator sim = Pumps.morphine40ml(13, 500_000);
        sim.runUntil(DAY_US);
        sim.plant().gears().setWearPpm(SEIZED_WEAR_PPM);
        long delivered = sim.plant().ledger().intrathecalNl();
        long estimate = sim.firmware().reservoirEstimateNl();
        sim.runUntil(3 * DAY_US);
        assertEquals(delivered, sim.plant().ledger().intrathecalNl());
        assertTrue(sim.firmware().reservoirEstimateNl() < estimate - 900_000);
        assertEquals(
                1, sim.firmware().eventLog().count(EventType.MOTOR_STALL), "a stall is logged once, not per stroke");
    }

    @Test
    @DisplayName("when the gears free up the firmware logs a stall recovery at the next driven step")
    void recoveryIsLogged() {
        PumpSimulator sim = Pumps.morphine40ml(14, 500_000);
        sim.runUntil(DAY_US);
        sim.plant().gears().setWearPpm(SEIZED_WEAR_PPM);
        sim.runUntil(DAY_US + HOUR_US);
        assertTrue(sim.firmware().stallDetected());
        sim.plant().gears().setWearPpm(1_000_000);
        sim.runUntil(DAY_US + 2 * HOUR_US);
        PumpEvent recovered = Pumps.firstEvent(sim, EventType.MOTOR_STALL_RECOVERED);
        assertTrue(recovered != null);
        assertFalse(sim.firmware().stallDetected());
        assertTrue(recovered.value() > 0, "recovery reports the steps missed");
    }

    @Test
    @DisplayName("a worn gear train that still turns is not reported as a stall")
    void wornButTurningIsNoStall() {
        PumpSimulator sim = Pumps.morphine40ml(15, 500_000);
        sim.plant().gears().setWearPpm(2_000_000);
        sim.runUntil(2 * DAY_US);
        assertEquals(null, Pumps.firstEvent(sim, EventType.MOTOR_STALL));
        assertTrue(sim.plant().ledger().intrathecalNl() > 900_000);
    }
}
