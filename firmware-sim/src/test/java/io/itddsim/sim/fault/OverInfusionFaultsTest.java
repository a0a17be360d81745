package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Over-infusion (DOMAIN.md 5): the pump delivers more than it counts. Its reservoir estimate is
 * computed from commanded strokes, never measured, so it drifts from the truth, and the only field
 * detection is the volume check at refill (a REFILL_DISCREPANCY, once refills exist).
 */
class OverInfusionFaultsTest {

    @Test
    @DisplayName("a rising stroke volume passes the 14.5% accuracy limit within about a month; the estimate drifts")
    void risingStrokeVolumeDriftsTheEstimate() {
        PumpSimulator sim = FaultPumps.morphine(41);
        PumpSimulator healthy = FaultPumps.morphine(41);
        arm(sim, FaultSpec.of(FaultKind.OVER_INFUSION, FaultSchedule.at(5 * DAY_US)));
        sim.runUntil(40 * DAY_US);
        healthy.runUntil(40 * DAY_US);
        assertEquals(
                healthy.firmware().reservoirEstimateNl(),
                sim.firmware().reservoirEstimateNl(),
                "the firmware counts the same strokes");
        long healthyError = healthy.firmware().reservoirEstimateNl()
                - healthy.plant().reservoir().volumeNl();
        long estimateError =
                sim.firmware().reservoirEstimateNl() - sim.plant().reservoir().volumeNl();
        assertTrue(healthyError < 0, "this pump delivers under nominal when sound");
        // 35 days of a ramp to +17.5% average +8.75% over 17.5 mL: about 1.5 mL more than the sound pump
        assertTrue(
                estimateError - healthyError > 1_400_000,
                "estimate drifted by only " + (estimateError - healthyError) + " nL");
        assertTrue(estimateError > 1_000_000, "the pump believes it holds a millilitre more than it does");
        // the last day's delivery against the programmed 0.5 mL/day
        long before = sim.plant().ledger().intrathecalNl();
        sim.runUntil(41 * DAY_US);
        long lastDayNl = sim.plant().ledger().intrathecalNl() - before;
        assertTrue(lastDayNl > 500_000 * 1145 / 1000, "delivered " + lastDayNl + " nL in a day");
        // 5000 ppm/day for 35 d 23 h: the last hourly step before the run stopped at day 41
        assertEquals(5_000L * (35 * 24 + 23) / 24, sim.plant().rotor().gainDriftPpm());
        assertFalse(onlyRecord(sim).detected(), "no refill in the run: the pump cannot tell");
    }

    @Test
    @DisplayName("a sudden onset jumps at once and is capped at max_ppm")
    void suddenOnsetIsCapped() {
        PumpSimulator sim = FaultPumps.morphine(42);
        arm(
                sim,
                FaultSpec.of(FaultKind.OVER_INFUSION, FaultSchedule.now())
                        .with("onset_ppm", 300_000)
                        .with("max_ppm", 400_000));
        sim.runUntil(HOUR_US);
        assertEquals(300_000, sim.plant().rotor().gainDriftPpm());
        sim.runUntil(40 * DAY_US);
        assertEquals(400_000, sim.plant().rotor().gainDriftPpm());
    }

    @Test
    @DisplayName(
            "fentanyl over-infusion runs the reservoir dry while the estimate still shows more than the 2 mL alarm level")
    void runsDryBeforeTheLowReservoirLevel() {
        PumpSimulator sim = PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed20ml(), 43, 10_000_000, Prescription.continuous("fentanyl", 50, 500_000)));
        arm(
                sim,
                FaultSpec.of(FaultKind.OVER_INFUSION, FaultSchedule.now())
                        .with("onset_ppm", 400_000)
                        .with("rate_ppm_per_day", 0));
        sim.runUntil(16 * DAY_US);
        assertEquals(0, sim.plant().reservoir().volumeNl(), "actually empty");
        assertTrue(
                sim.firmware().reservoirEstimateNl() > 2_000_000,
                "the pump believes " + sim.firmware().reservoirEstimateNl() + " nL remain");
    }

    @Test
    @DisplayName(
            "loss of roller occlusion: the reservoir drains while the pump is stopped, and the estimate does not move")
    void freeFlowWhileStopped() {
        PumpSimulator sim = FaultPumps.morphine(44);
        sim.schedule(0, new PumpCommand.Program(Prescription.stopped("morphine", FaultPumps.MORPHINE_25)));
        arm(sim, FaultSpec.of(FaultKind.ROLLER_OCCLUSION_LOSS, FaultSchedule.at(DAY_US)));
        sim.runUntil(3 * DAY_US + 1_000); // through the one-minute batch at day 3
        assertEquals(0, sim.plant().motor().stepsDriven(), "the motor never ran");
        assertEquals(1_000_000, sim.plant().ledger().intrathecalNl(), "0.5 mL/day for two days, to the nanolitre");
        assertEquals(39_000_000, sim.plant().reservoir().volumeNl());
        assertEquals(40_000_000, sim.firmware().reservoirEstimateNl());
        assertTrue(sim.ticksStepped() < sim.ticks() / 1000, "free flow must not stop fast-forward");
    }

    @Test
    @DisplayName("free flow adds to what the rotor delivers")
    void freeFlowAddsToPumping() {
        PumpSimulator sim = FaultPumps.morphine(45);
        PumpSimulator healthy = FaultPumps.morphine(45);
        arm(
                sim,
                FaultSpec.of(
                                FaultKind.ROLLER_OCCLUSION_LOSS,
                                FaultSchedule.now().lasting(DAY_US))
                        .with("free_flow", 250_000));
        sim.runUntil(2 * DAY_US);
        healthy.runUntil(2 * DAY_US);
        assertEquals(
                250_000,
                sim.plant().ledger().intrathecalNl() - healthy.plant().ledger().intrathecalNl(),
                "a day at 0.25 mL/day, to the nanolitre, and nothing after: sealed again");
    }

    @Test
    @DisplayName("a stop of more than 48 h raises the stroke volume when the rotor turns again; a shorter one does not")
    void longStopRaisesLaterOverInfusion() {
        assertEquals(0, gainAfterStop(DAY_US));
        assertEquals(200_000, gainAfterStop(3 * DAY_US));
    }

    private static long gainAfterStop(long stopUs) {
        PumpSimulator sim = FaultPumps.morphine(46);
        arm(sim, FaultSpec.of(FaultKind.OVER_INFUSION_AFTER_STOP, FaultSchedule.now()));
        sim.schedule(DAY_US, new PumpCommand.Program(Prescription.stopped("morphine", FaultPumps.MORPHINE_25)));
        sim.schedule(
                DAY_US + stopUs,
                new PumpCommand.Program(
                        Prescription.continuous("morphine", FaultPumps.MORPHINE_25, FaultPumps.TYPICAL_RATE)));
        sim.runUntil(DAY_US + stopUs + DAY_US);
        return sim.plant().rotor().gainDriftPpm();
    }
}
