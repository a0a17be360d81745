package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PtmLimits;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Patient-activated boluses stay inside the clinician's limits however often the button is pressed. */
class PatientBolusTest {
    private static final long MINUTE_US = 60_000_000L;
    /** 20 uL over 10 min, 3 h lockout, at most 4 a day. */
    private static final PtmLimits LIMITS = new PtmLimits(20_000, 10 * MINUTE_US, 3 * HOUR_US, 4);

    private static PumpSimulator pump() {
        Prescription rx = Prescription.continuous("morphine", 25_000, 500_000).withPtm(LIMITS);
        return PumpSimulator.create(SimulationSetup.inService(PumpProfile.synchroMed20ml(), 1, 20_000_000, rx));
    }

    @Test
    @DisplayName("1,000 requests in one hour give one bolus; every other request is refused and logged")
    void floodInOneHour() {
        PumpSimulator sim = pump();
        int accepted = 0;
        for (int i = 0; i < 1_000; i++) {
            sim.schedule(i * 3_600_000L, new PumpCommand.PatientBolus());
        }
        sim.runUntil(HOUR_US);
        for (var c : sim.appliedCommands()) {
            accepted += c.result().accepted() ? 1 : 0;
        }
        assertEquals(1, accepted);
        assertEquals(1, sim.firmware().patientBolusesGiven());
        assertEquals(999, sim.firmware().eventLog().count(EventType.PTM_BOLUS_REFUSED));
        assertTrue(sim.appliedCommands().stream()
                .skip(1)
                .allMatch(c ->
                        c.result().refusal() == Refusal.LOCKOUT || c.result().refusal() == Refusal.PUMP_STATE));
    }

    @Test
    @DisplayName("a day of requests every minute gives at most the daily maximum, each after its lockout")
    void floodOverADay() {
        PumpSimulator sim = pump();
        for (int i = 0; i < 24 * 60; i++) {
            sim.schedule(i * MINUTE_US, new PumpCommand.PatientBolus());
        }
        sim.runUntil(DAY_US);
        long[] starts = sim.appliedCommands().stream()
                .filter(c -> c.result().accepted())
                .mapToLong(c -> c.appliedUs())
                .toArray();
        assertEquals(4, starts.length);
        for (int i = 1; i < starts.length; i++) {
            assertTrue(starts[i] - starts[i - 1] >= LIMITS.lockoutUs());
        }
        assertEquals(
                4 * 20_000,
                sim.events().stream()
                        .filter(e -> e.type() == EventType.BOLUS_COMPLETED)
                        .mapToLong(e -> e.value())
                        .sum());
        assertTrue(sim.appliedCommands().stream().anyMatch(c -> c.result().refusal() == Refusal.DAILY_LIMIT));
    }

    @Test
    @DisplayName("without PTM limits in the prescription the patient cannot give a bolus")
    void noLimitsNoBolus() {
        PumpSimulator sim = PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed20ml(), 2, 20_000_000, Prescription.continuous("morphine", 25_000, 500_000)));
        CommandResult r = sim.applyNow(new PumpCommand.PatientBolus());
        assertFalse(r.accepted());
        assertEquals(Refusal.PUMP_STATE, r.refusal());
    }
}
