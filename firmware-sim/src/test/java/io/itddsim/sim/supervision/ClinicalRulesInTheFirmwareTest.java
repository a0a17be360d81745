package io.itddsim.sim.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Pumps;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Clinical rules belong to the pump's firmware, so a scenario, the wire and any later runner get
 * the same answer for the same command; the wire only translates.
 */
class ClinicalRulesInTheFirmwareTest {

    @Test
    @DisplayName(
            "a refill entered with a drug other than the programmed one is refused and changes nothing but the log")
    void refillWithAnotherDrugIsRefused() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        sim.runUntil(Pumps.DAY_US);
        long reservoirBefore = sim.status().truth().reservoirActualNl();
        long estimateBefore = sim.status().belief().reservoirEstimatedNl();
        CommandResult r = sim.applyNow(PumpCommand.Refill.ofReservoir(20_000_000, Pumps.MORPHINE_25_MG_PER_ML, 0)
                .withEnteredDrug("baclofen"));
        assertFalse(r.accepted());
        assertEquals("refill.drug", r.field());
        assertTrue(r.reason().contains("programmed for morphine"), r.reason());
        assertEquals(reservoirBefore, sim.status().truth().reservoirActualNl(), "nothing was injected");
        assertEquals(estimateBefore, sim.status().belief().reservoirEstimatedNl());
    }

    @Test
    @DisplayName("a refill entered with the programmed drug's name is taken")
    void refillWithTheProgrammedDrugIsTaken() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        sim.runUntil(Pumps.DAY_US);
        CommandResult r = sim.applyNow(PumpCommand.Refill.ofReservoir(30_000_000, Pumps.MORPHINE_25_MG_PER_ML, 0)
                .withEnteredDrug("morphine"));
        assertTrue(r.accepted(), r.reason());
        assertEquals(30_000_000, sim.status().belief().reservoirEstimatedNl());
    }

    @Test
    @DisplayName("a program with a low-reservoir level takes both in one input, or refuses both")
    void programAndLowReservoirLevelGoTogether() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        Prescription faster = Prescription.continuous("morphine", Pumps.MORPHINE_25_MG_PER_ML, 600_000);
        long levelBefore = sim.firmware().alarms().settings().lowReservoirNl();
        int inputsBefore = sim.appliedCommands().size();

        CommandResult refused = sim.applyNow(new PumpCommand.Program(faster, 999_000_000_000L));
        assertFalse(refused.accepted());
        assertEquals("prescription.low_reservoir_alarm", refused.field());
        assertEquals(500_000, sim.firmware().basalRateNlPerDay(), "the prescription was not taken either");
        assertEquals(levelBefore, sim.firmware().alarms().settings().lowReservoirNl());

        CommandResult taken = sim.applyNow(new PumpCommand.Program(faster, 4_000_000));
        assertTrue(taken.accepted(), taken.reason());
        assertEquals(600_000, sim.firmware().basalRateNlPerDay());
        assertEquals(4_000_000, sim.firmware().alarms().settings().lowReservoirNl());
        assertEquals(inputsBefore + 2, sim.appliedCommands().size(), "one input each: the refusal, then the program");
    }
}
