package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.MINUTE_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.events;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MRI (DOMAIN.md 4): the field stops the rotor for the scan; recovery may be delayed up to 24 h.
 * Detection needs the motor driven, so programming "stopped pump" for the scan delays it.
 */
class MriExposureTest {
    private static final long SCAN_AT_US = DAY_US;
    private static final long STROKE_INTERVAL_US = 41_472_000;

    private static FaultSpec mri(long recoveryDelayUs) {
        return FaultSpec.of(FaultKind.MRI_EXPOSURE, FaultSchedule.at(SCAN_AT_US))
                .with("recovery_delay", recoveryDelayUs);
    }

    private static PumpCommand running() {
        return new PumpCommand.Program(
                Prescription.continuous("morphine", FaultPumps.MORPHINE_25, FaultPumps.TYPICAL_RATE));
    }

    private static PumpCommand stopped() {
        return new PumpCommand.Program(Prescription.stopped("morphine", FaultPumps.MORPHINE_25));
    }

    @Test
    @DisplayName("an infusing pump logs a stall within one stroke of the scan, and the recovery once the rotor is free")
    void infusingPumpNoticesAtOnce() {
        PumpSimulator sim = FaultPumps.morphine(31);
        arm(sim, mri(0));
        long interrogatedUs = SCAN_AT_US + 2 * HOUR_US; // as advised after every MRI
        sim.schedule(interrogatedUs, new PumpCommand.Interrogate());
        sim.runUntil(2 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals(SCAN_AT_US + HOUR_US, r.activeToUs(), "the default scan is an hour");
        assertTrue(r.detectionLatencyUs() <= STROKE_INTERVAL_US + 46_000, "latency " + r.detectionLatencyUs());
        PumpEvent recovered = events(sim, EventType.MOTOR_STALL_RECOVERED).get(0);
        assertTrue(
                recovered.timeUs() >= interrogatedUs
                        && recovered.timeUs() < interrogatedUs + STROKE_INTERVAL_US + 96_000,
                "recovered at " + recovered.timeUs());
        assertFalse(sim.plant().motor().heldByField());
    }

    @Test
    @DisplayName(
            "alarming in the scanner's field puts the pump in telemetry mode: no infusion until it is interrogated")
    void alarmingPumpStaysStoppedUntilInterrogated() {
        PumpSimulator sim = FaultPumps.morphine(35);
        arm(sim, mri(0));
        long interrogatedUs = SCAN_AT_US + 6 * HOUR_US;
        sim.schedule(interrogatedUs, new PumpCommand.Interrogate());
        sim.runUntil(SCAN_AT_US + HOUR_US);
        PumpEvent hold = events(sim, EventType.TELEMETRY_HOLD).get(0);
        PumpEvent stall = events(sim, EventType.MOTOR_STALL).get(0);
        assertTrue(hold.timeUs() >= stall.timeUs() && hold.timeUs() < SCAN_AT_US + HOUR_US, "held while in the field");
        long strokes = sim.firmware().strokesCommanded();
        sim.runUntil(interrogatedUs - 1_000);
        assertFalse(sim.plant().motor().heldByField(), "the rotor is free five hours before the interrogation");
        assertEquals(strokes, sim.firmware().strokesCommanded(), "yet the pump starts no stroke");
        assertEquals(
                io.itddsim.sim.firmware.InfusionMode.STOPPED, sim.firmware().mode());
        sim.runUntil(interrogatedUs + HOUR_US);
        assertTrue(sim.firmware().strokesCommanded() > strokes + 50, "infusing again after the interrogation");
        assertEquals(1, events(sim, EventType.MOTOR_STALL_RECOVERED).size());
    }

    @Test
    @DisplayName(
            "a pump not alarming when it meets the field is not held: stopped for the scan, it restarts when programmed")
    void quietPumpIsNotHeld() {
        PumpSimulator sim = FaultPumps.morphine(36);
        arm(sim, mri(0));
        sim.schedule(SCAN_AT_US - 10 * MINUTE_US, stopped());
        sim.schedule(SCAN_AT_US + 2 * HOUR_US, running());
        sim.runUntil(SCAN_AT_US + 3 * HOUR_US);
        assertTrue(events(sim, EventType.TELEMETRY_HOLD).isEmpty());
        assertEquals(
                io.itddsim.sim.firmware.InfusionMode.CONTINUOUS, sim.firmware().mode());
    }

    @Test
    @DisplayName("a delayed recovery keeps the rotor stuck after the scan, and the recovery is logged only then")
    void delayedRecovery() {
        PumpSimulator sim = FaultPumps.morphine(32);
        arm(sim, mri(6 * HOUR_US));
        sim.schedule(SCAN_AT_US + 2 * HOUR_US, new PumpCommand.Interrogate()); // ends telemetry mode; rotor still stuck
        sim.runUntil(SCAN_AT_US + 5 * HOUR_US);
        assertTrue(sim.plant().motor().heldByField(), "still stuck four hours after the scan");
        assertTrue(events(sim, EventType.MOTOR_STALL_RECOVERED).isEmpty());
        sim.runUntil(2 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals(SCAN_AT_US + 7 * HOUR_US, r.activeToUs());
        assertTrue(events(sim, EventType.MOTOR_STALL_RECOVERED).get(0).timeUs() >= SCAN_AT_US + 7 * HOUR_US);
    }

    @Test
    @DisplayName("programming stopped pump before the scan delays stall detection until the pump is restarted")
    void stoppedPumpDelaysDetection() {
        PumpSimulator sim = FaultPumps.morphine(33);
        arm(sim, mri(6 * HOUR_US));
        sim.schedule(SCAN_AT_US - 10 * MINUTE_US, stopped());
        long restartUs = SCAN_AT_US + 2 * HOUR_US; // after the scan, but the rotor is still stuck
        sim.schedule(restartUs, running());
        sim.runUntil(2 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertTrue(
                r.detectedUs() >= restartUs && r.detectedUs() <= restartUs + STROKE_INTERVAL_US + 46_000,
                "detected at " + r.detectedUs() + ", restart at " + restartUs);
        assertTrue(r.detectionLatencyUs() > 2 * HOUR_US, "an infusing pump would have noticed within a minute");
    }

    @Test
    @DisplayName("restarted only after the rotor has freed, the stopped pump never learns of the stall: a miss")
    void stoppedPumpRestartedLateMissesTheStall() {
        PumpSimulator sim = FaultPumps.morphine(34);
        arm(sim, mri(6 * HOUR_US));
        sim.schedule(SCAN_AT_US - 10 * MINUTE_US, stopped());
        sim.schedule(SCAN_AT_US + 8 * HOUR_US, running());
        sim.runUntil(2 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertTrue(r.ended());
        assertFalse(r.detected(), "no stall can be logged without driving the motor");
        assertTrue(events(sim, EventType.MOTOR_STALL).isEmpty());
    }
}
