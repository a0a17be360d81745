package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Pumps;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.InfusionMode;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One test per row of docs/ALARMS.md: the hazard's cause is made to happen in the plant (or the
 * firmware's own arithmetic), and the test checks what the firmware detects, which alarm it
 * raises, and what the pump then does. {@code AlarmsDocTest} keeps the table and this class in step.
 */
class AlarmHazardTest {

    @Test
    @DisplayName("motor stall: critical alarm while stalled, latched after recovery, cleared by interrogation")
    void motorStall() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        sim.runUntil(DAY_US);
        sim.plant().gears().setWearPpm(5_000_000);
        sim.runUntil(DAY_US + HOUR_US);
        Alarms.assertActive(sim, AlarmType.MOTOR_STALL, AlarmState.ACTIVE);
        assertEquals(AlarmSeverity.CRITICAL, AlarmType.MOTOR_STALL.severity());
        assertTrue(sim.firmware().strokesCommanded() > 0, "the pump keeps trying to drive");
        sim.plant().gears().setWearPpm(1_000_000);
        sim.runUntil(DAY_US + 2 * HOUR_US);
        Alarms.assertActive(sim, AlarmType.MOTOR_STALL, AlarmState.LATCHED);
        assertNotNull(Pumps.firstEvent(sim, EventType.MOTOR_STALL_RECOVERED));
        Alarms.interrogate(sim);
        assertFalse(sim.firmware().alarms().isActive(AlarmType.MOTOR_STALL));
    }

    @Test
    @DisplayName("empty reservoir (by the estimate): critical alarm and the pump drops to minimum rate")
    void emptyReservoir() {
        PumpSimulator sim = Pumps.morphine40ml(2, 4_000_000);
        long emptyNl = sim.profile().get(ProfileParameter.EMPTY_RESERVOIR_NL);
        sim.runUntil(11 * DAY_US);
        assertTrue(sim.firmware().reservoirEstimateNl() <= emptyNl);
        Alarms.assertActive(sim, AlarmType.EMPTY_RESERVOIR, AlarmState.ACTIVE);
        assertEquals(InfusionMode.MINIMUM_RATE, sim.firmware().mode());
        assertEquals(
                sim.profile().get(ProfileParameter.MINIMUM_RATE_NL_PER_DAY),
                sim.firmware().basalRateNlPerDay());
        assertTrue(sim.plant().reservoir().volumeNl() > 0, "the true reservoir still holds drug");
        Alarms.interrogate(sim);
        Alarms.assertActive(sim, AlarmType.EMPTY_RESERVOIR, AlarmState.ACKNOWLEDGED); // cause persists
    }

    @Test
    @DisplayName("hazard: an over-infusing plant runs dry before the computed low-reservoir alarm")
    void overInfusionRunsDryWithoutLowReservoirAlarm() {
        // +30% per stroke: far outside the labelled 14.5% (the over-infusion of the 2014 notice)
        PumpProfile overInfusing = PumpProfile.synchroMed40ml().with(ProfileParameter.STROKE_VOLUME_GAIN_PPM, 300_000);
        PumpSimulator sim = PumpSimulator.create(SimulationSetup.inService(
                overInfusing, 3, 40_000_000, Prescription.continuous("morphine", 25_000, 2_000_000)));
        long low = sim.profile().get(ProfileParameter.LOW_RESERVOIR_ALARM_NL);
        long day = 0;
        while (sim.plant().reservoir().volumeNl() > 0) {
            sim.runUntil(++day * DAY_US / 4);
        }
        assertTrue(
                sim.firmware().reservoirEstimateNl() > low,
                "the estimate still shows " + sim.firmware().reservoirEstimateNl() + " nL when the reservoir is dry");
        assertFalse(sim.firmware().alarms().isActive(AlarmType.LOW_RESERVOIR), "no low-reservoir alarm yet");
        assertNull(Pumps.firstEvent(sim, EventType.RESERVOIR_LOW));
    }

    @Test
    @DisplayName("low battery reset: critical alarm, minimum rate until the pump is reprogrammed")
    void lowBatteryReset() {
        PumpSimulator sim = Pumps.morphine40ml(4, 1_000_000);
        sim.runUntil(HOUR_US);
        sim.plant().battery().setInternalResistanceMilliOhm(600_000); // resistive film: 600 Ohm
        sim.runUntil(3 * HOUR_US);
        assertNotNull(Pumps.firstEvent(sim, EventType.LOW_BATTERY_RESET));
        Alarms.assertActive(sim, AlarmType.LOW_BATTERY_RESET, AlarmState.ACTIVE);
        assertEquals(InfusionMode.MINIMUM_RATE, sim.firmware().mode());
        sim.plant().battery().setInternalResistanceMilliOhm(20_000);
        Alarms.interrogate(sim);
        Alarms.assertActive(sim, AlarmType.LOW_BATTERY_RESET, AlarmState.ACKNOWLEDGED); // not yet reprogrammed
        sim.applyNow(new PumpCommand.Program(sim.firmware().prescription()));
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode());
        sim.step(1);
        Alarms.interrogate(sim);
        assertFalse(sim.firmware().alarms().isActive(AlarmType.LOW_BATTERY_RESET));
    }

    @Test
    @DisplayName("end of service: critical alarm, the pump stops, and interrogation cannot clear it")
    void endOfService() {
        PumpSimulator sim = Pumps.agedBattery40ml(5, 975_000);
        sim.runUntil(40 * DAY_US);
        Alarms.assertActive(sim, AlarmType.END_OF_SERVICE, AlarmState.ACTIVE);
        assertEquals(InfusionMode.STOPPED, sim.firmware().mode());
        long strokes = sim.firmware().strokesCommanded();
        Alarms.interrogate(sim);
        sim.runUntil(41 * DAY_US);
        assertEquals(strokes, sim.firmware().strokesCommanded());
        Alarms.assertActive(sim, AlarmType.END_OF_SERVICE, AlarmState.ACTIVE); // it came back
    }

    @Test
    @DisplayName(
            "memory error in the log: critical alarm at the daily check, dosing goes on, the record is reported in place")
    void memoryErrorInEventLog() {
        PumpSimulator sim = Pumps.morphine40ml(6, 500_000);
        sim.applyNow(new PumpCommand.AlarmTest());
        sim.applyNow(new PumpCommand.AlarmTest());
        sim.applyNow(new PumpCommand.AlarmTest());
        sim.plant().nvm().flipBits(32 + 9, 0x10); // a bit of the second record's time field
        sim.runUntil(DAY_US + HOUR_US);
        Alarms.assertActive(sim, AlarmType.PUMP_MEMORY_ERROR, AlarmState.ACTIVE);
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode());
        CommandResult r = sim.applyNow(new PumpCommand.Interrogate());
        assertTrue(r.report().log().get(1).corrupt());
        assertFalse(r.report().log().get(0).corrupt());
        assertFalse(r.report().log().get(2).corrupt());
        // the interrogation showed the corrupt record to the clinician: that was the cause, so it clears
        assertFalse(sim.firmware().alarms().isActive(AlarmType.PUMP_MEMORY_ERROR));
        assertEquals(1, sim.firmware().eventLog().count(EventType.MEMORY_ERROR), "reported once, not again");
    }

    @Test
    @DisplayName("memory error in the prescription: critical alarm and safe state (stopped) until reprogrammed")
    void memoryErrorInPrescription() {
        PumpSimulator sim = Pumps.morphine40ml(7, 500_000);
        int block = Math.toIntExact(sim.profile().get(ProfileParameter.NVM_LOG_RECORDS)) * PumpProfile.NVM_RECORD_BYTES;
        sim.plant().nvm().flipBits(block + 5, 0x01);
        sim.runUntil(DAY_US + HOUR_US);
        Alarms.assertActive(sim, AlarmType.PUMP_MEMORY_ERROR, AlarmState.ACTIVE);
        assertEquals(InfusionMode.STOPPED, sim.firmware().mode());
        sim.applyNow(new PumpCommand.Program(sim.firmware().prescription()));
        sim.step(1);
        Alarms.interrogate(sim);
        assertFalse(sim.firmware().alarms().isActive(AlarmType.PUMP_MEMORY_ERROR));
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode());
    }

    @Test
    @DisplayName(
            "low reservoir (by the estimate): non-critical alarm; a refill removes the cause, interrogation clears it")
    void lowReservoir() {
        PumpSimulator sim = Pumps.morphine40ml(8, 4_000_000);
        sim.runUntil(9 * DAY_US + 18 * HOUR_US);
        Alarms.assertActive(sim, AlarmType.LOW_RESERVOIR, AlarmState.ACTIVE);
        assertEquals(AlarmSeverity.NON_CRITICAL, AlarmType.LOW_RESERVOIR.severity());
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode(), "a low reservoir does not change dosing");
        sim.applyNow(PumpCommand.Refill.ofReservoir(38_000_000, 25_000, 0));
        sim.step(1);
        Alarms.assertActive(sim, AlarmType.LOW_RESERVOIR, AlarmState.LATCHED);
        Alarms.interrogate(sim);
        assertFalse(sim.firmware().alarms().isActive(AlarmType.LOW_RESERVOIR));
    }

    @Test
    @DisplayName("elective replacement indicator: non-critical alarm, the pump keeps infusing")
    void electiveReplacement() {
        PumpSimulator sim = Pumps.agedBattery40ml(9, 917_500);
        sim.runUntil(2 * DAY_US);
        Alarms.assertActive(sim, AlarmType.ELECTIVE_REPLACEMENT, AlarmState.ACTIVE);
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode());
        Alarms.interrogate(sim);
        Alarms.assertActive(sim, AlarmType.ELECTIVE_REPLACEMENT, AlarmState.ACKNOWLEDGED);
    }

    @Test
    @DisplayName("alarm clock: non-critical refill reminder at the date set; a refill with a new date clears it")
    void alarmClock() {
        PumpSimulator sim = Pumps.morphine40ml(10, 500_000);
        sim.applyNow(new PumpCommand.ConfigureAlarms(
                sim.firmware().alarms().settings().withAlarmClockUs(30 * DAY_US)));
        sim.runUntil(30 * DAY_US - HOUR_US);
        assertFalse(sim.firmware().alarms().isActive(AlarmType.ALARM_CLOCK));
        sim.runUntil(30 * DAY_US + HOUR_US);
        Alarms.assertActive(sim, AlarmType.ALARM_CLOCK, AlarmState.ACTIVE);
        assertEquals(30 * DAY_US, sim.firmware().alarms().history().get(0).raisedUs());
        sim.applyNow(PumpCommand.Refill.ofReservoir(15_000_000, 25_000, 90 * DAY_US));
        sim.step(1);
        Alarms.interrogate(sim);
        assertFalse(sim.firmware().alarms().isActive(AlarmType.ALARM_CLOCK));
    }
}
