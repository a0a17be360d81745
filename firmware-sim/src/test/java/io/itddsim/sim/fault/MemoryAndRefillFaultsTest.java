package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.events;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.PumpCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Memory faults flip bits in the NVM chip, which the firmware finds only by its CRC checks; refill
 * errors change where the needle goes or what the syringe holds, which the firmware learns only
 * from what the clinician enters and reads off the aspiration syringe (DOMAIN.md 3, 5).
 */
class MemoryAndRefillFaultsTest {
    private static final long REFILL_AT_US = 10 * DAY_US;

    private static PumpCommand refill() {
        return PumpCommand.Refill.ofReservoir(20_000_000, FaultPumps.MORPHINE_25, 60 * DAY_US);
    }

    @Test
    @DisplayName("a flipped bit in the event log is found by the next daily scrub: a memory error")
    void logCorruptionIsFoundByTheScrub() {
        PumpSimulator sim = FaultPumps.morphine(81);
        sim.schedule(HOUR_US, new PumpCommand.StartBolus(io.itddsim.sim.firmware.BolusKind.SINGLE, 10_000, HOUR_US));
        arm(sim, FaultSpec.of(FaultKind.NVM_LOG_CORRUPTION, FaultSchedule.at(DAY_US + 5 * HOUR_US)));
        sim.runUntil(3 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals(r.activeFromUs(), r.activeToUs(), "a bit flip happens in an instant");
        assertEquals("MEMORY_ERROR", r.detectedBy());
        assertEquals(2 * DAY_US, r.detectedUs(), "found by the scrub at the start of day 2");
        assertEquals(
                "event log record", events(sim, EventType.MEMORY_ERROR).get(0).detail());
    }

    @Test
    @DisplayName("an interrogation finds the corruption before the scrub does")
    void interrogationFindsItSooner() {
        PumpSimulator sim = FaultPumps.morphine(82);
        sim.schedule(HOUR_US, new PumpCommand.StartBolus(io.itddsim.sim.firmware.BolusKind.SINGLE, 10_000, HOUR_US));
        arm(sim, FaultSpec.of(FaultKind.NVM_LOG_CORRUPTION, FaultSchedule.at(DAY_US + 5 * HOUR_US)));
        sim.schedule(DAY_US + 6 * HOUR_US, new PumpCommand.Interrogate());
        sim.runUntil(3 * DAY_US);
        assertEquals(DAY_US + 6 * HOUR_US, onlyRecord(sim).detectedUs());
    }

    @Test
    @DisplayName("a flipped bit in the stored prescription is a memory error with the critical alarm")
    void prescriptionCorruptionRaisesTheAlarm() {
        PumpSimulator sim = FaultPumps.morphine(83);
        arm(sim, FaultSpec.of(FaultKind.NVM_PRESCRIPTION_CORRUPTION, FaultSchedule.at(HOUR_US)));
        sim.runUntil(2 * DAY_US);
        PumpEvent error = events(sim, EventType.MEMORY_ERROR).get(0);
        assertEquals("prescription", error.detail());
        assertTrue(
                sim.events().stream()
                        .anyMatch(e ->
                                e.type() == EventType.ALARM_RAISED && e.detail().equals("PUMP_MEMORY_ERROR")),
                String.valueOf(sim.events()));
        assertEquals(error.timeUs(), onlyRecord(sim).detectedUs());
    }

    @Test
    @DisplayName("where the bits flip is drawn from the fault's own stream")
    void flippedBytesAreSeeded() {
        assertEquals(nvmAfterFlip(84, "m"), nvmAfterFlip(84, "m"));
        assertNotEquals(nvmAfterFlip(84, "m"), nvmAfterFlip(84, "n"));
    }

    private static String nvmAfterFlip(long seed, String name) {
        PumpSimulator sim = FaultPumps.morphine(seed);
        arm(
                sim,
                FaultSpec.of(FaultKind.NVM_PRESCRIPTION_CORRUPTION, FaultSchedule.at(HOUR_US))
                        .named(name)
                        .with("bits", 3));
        sim.runUntil(2 * HOUR_US);
        return java.util.HexFormat.of().formatHex(sim.plant().nvm().contents());
    }

    @Test
    @DisplayName("pocket fill: the refill goes to the tissue, nothing is aspirated, the volume check flags it")
    void pocketFill() {
        PumpSimulator sim = FaultPumps.morphine(85);
        arm(
                sim,
                FaultSpec.of(
                        FaultKind.REFILL_POCKET_FILL,
                        FaultSchedule.at(REFILL_AT_US - HOUR_US).lasting(2 * HOUR_US)));
        sim.schedule(REFILL_AT_US, refill());
        sim.runUntil(REFILL_AT_US - 1_000);
        long reservoirBefore = sim.plant().reservoir().volumeNl();
        sim.runUntil(REFILL_AT_US + 1_000);
        assertEquals(20_000_000L * FaultPumps.MORPHINE_25, sim.plant().ledger().elsewherePg(), "the whole refill");
        assertEquals(0, sim.plant().ledger().aspiratedNl(), "the needle never reached the reservoir");
        assertEquals(reservoirBefore, sim.plant().reservoir().volumeNl(), 240, "neither emptied nor refilled");
        assertEquals(20_000_000, sim.firmware().reservoirEstimateNl(), "the pump believes the entered volume");
        FaultRecord r = onlyRecord(sim);
        assertEquals("REFILL_DISCREPANCY", r.detectedBy());
        assertEquals(REFILL_AT_US, r.detectedUs());
    }

    @Test
    @DisplayName("wrong-port injection: the refill goes straight into the spinal fluid")
    void catheterPortInjection() {
        PumpSimulator sim = FaultPumps.morphine(86);
        sim.runUntil(REFILL_AT_US - 1_000);
        long intrathecalBefore = sim.plant().ledger().intrathecalPg();
        arm(sim, FaultSpec.of(FaultKind.REFILL_CATHETER_PORT, FaultSchedule.now()));
        sim.schedule(REFILL_AT_US, refill());
        sim.runUntil(REFILL_AT_US + 1_000);
        long bolusPg = sim.plant().ledger().intrathecalPg() - intrathecalBefore;
        assertTrue(bolusPg > 19_000_000L * FaultPumps.MORPHINE_25, "an overdose of " + bolusPg / 1_000_000 + " ug");
        assertEquals("REFILL_DISCREPANCY", onlyRecord(sim).detectedBy());
    }

    @Test
    @DisplayName("a wrong concentration fills the reservoir with twice the drug, and nothing in the pump can tell")
    void wrongConcentrationGoesUnnoticed() {
        PumpSimulator sim = FaultPumps.morphine(87);
        PumpSimulator right = FaultPumps.morphine(87);
        arm(
                sim,
                FaultSpec.of(
                                FaultKind.REFILL_WRONG_CONCENTRATION,
                                FaultSchedule.at(REFILL_AT_US - HOUR_US).lasting(2 * HOUR_US))
                        .with("concentration_ppm", 2_000_000));
        sim.schedule(REFILL_AT_US, refill());
        right.schedule(REFILL_AT_US, refill());
        sim.runUntil(REFILL_AT_US + 1_000);
        right.runUntil(REFILL_AT_US + 1_000);
        assertEquals(
                right.plant().reservoir().volumeNl(), sim.plant().reservoir().volumeNl());
        assertEquals(
                20_000_000L * FaultPumps.MORPHINE_25,
                sim.plant().reservoir().massPg() - right.plant().reservoir().massPg());
        assertEquals(right.events(), sim.events(), "the firmware logs exactly what it logs for a right refill");
        assertFalse(onlyRecord(sim).detected());
    }
}
