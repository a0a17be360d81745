package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.DAY_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Pumps;
import io.itddsim.sim.Refusal;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Refill: the discrepancy check, overfill, and the procedure variants only the plant sees. */
class RefillTest {

    private static PumpCommand.Refill refill(RefillRoute route, long addedNl) {
        return new PumpCommand.Refill(
                route, PumpCommand.Refill.ASPIRATE_ALL, PumpCommand.Refill.NOT_MEASURED, addedNl, 25_000, 25_000, 0);
    }

    @Test
    @DisplayName("a nominal pump refilled after 60 days shows no discrepancy above the threshold")
    void nominalRefillHasNoDiscrepancy() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        sim.runUntil(60 * DAY_US);
        long expected = sim.firmware().reservoirEstimateNl();
        sim.applyNow(refill(RefillRoute.RESERVOIR, 40_000_000));
        RefillCheck check = sim.firmware().refillChecks().get(0);
        assertEquals(expected, check.expectedNl());
        assertFalse(check.flagged(), "difference " + check.differenceNl() + " nL");
        assertNull(Pumps.firstEvent(sim, EventType.REFILL_DISCREPANCY));
        assertEquals(40_000_000, sim.plant().reservoir().volumeNl());
        assertEquals(40_000_000, sim.firmware().reservoirEstimateNl());
    }

    @Test
    @DisplayName("an over-infusing pump is found at refill: less aspirated than expected, by more than 2 mL")
    void overInfusionShowsAsDiscrepancy() {
        PumpProfile p = PumpProfile.synchroMed40ml().with(ProfileParameter.STROKE_VOLUME_GAIN_PPM, 200_000);
        PumpSimulator sim = PumpSimulator.create(
                SimulationSetup.inService(p, 2, 40_000_000, Prescription.continuous("morphine", 25_000, 500_000)));
        sim.runUntil(60 * DAY_US);
        sim.applyNow(refill(RefillRoute.RESERVOIR, 40_000_000));
        RefillCheck check = sim.firmware().refillChecks().get(0);
        assertTrue(check.flagged());
        assertTrue(check.differenceNl() > 2_000_000, "difference " + check.differenceNl());
        assertEquals(
                check.differenceNl(),
                Pumps.firstEvent(sim, EventType.REFILL_DISCREPANCY).value());
    }

    @Test
    @DisplayName("an overfill is refused and nothing changes, in plant or firmware")
    void overfillIsRefused() {
        PumpSimulator sim = Pumps.morphine40ml(3, 500_000);
        sim.runUntil(DAY_US);
        String before =
                sim.plant().reservoir().volumeNl() + "/" + sim.firmware().reservoirEstimateNl();
        CommandResult r = sim.applyNow(new PumpCommand.Refill(
                RefillRoute.RESERVOIR, 0, PumpCommand.Refill.NOT_MEASURED, 5_000_000, 25_000, 25_000, 0));
        assertFalse(r.accepted());
        assertEquals(Refusal.OUT_OF_RANGE, r.refusal());
        assertTrue(r.reason().contains("overfill"), r.reason());
        assertEquals(
                before,
                sim.plant().reservoir().volumeNl() + "/" + sim.firmware().reservoirEstimateNl());
        assertNotNull(Pumps.firstEvent(sim, EventType.COMMAND_REJECTED));
    }

    @Test
    @DisplayName("pocket fill: the drug goes to tissue, the firmware believes the reservoir is full")
    void pocketFill() {
        PumpSimulator sim = Pumps.morphine40ml(4, 500_000);
        sim.runUntil(30 * DAY_US);
        long reservoirBefore = sim.plant().reservoir().volumeNl();
        assertTrue(sim.applyNow(refill(RefillRoute.POCKET, 20_000_000)).accepted());
        assertEquals(reservoirBefore, sim.plant().reservoir().volumeNl(), "nothing reached the reservoir");
        assertEquals(20_000_000L * 25_000, sim.plant().ledger().elsewherePg(), "all of it went to tissue");
        assertEquals(20_000_000, sim.firmware().reservoirEstimateNl());
        // the clinician aspirated nothing: the discrepancy is the only clue the pump gives
        assertTrue(sim.firmware().refillChecks().get(0).flagged());
    }

    @Test
    @DisplayName("catheter access port injection: the drug goes straight to the spinal fluid")
    void catheterPortInjection() {
        PumpSimulator sim = Pumps.morphine40ml(5, 500_000);
        sim.runUntil(30 * DAY_US);
        long intrathecalBefore = sim.plant().ledger().intrathecalPg();
        long catheterPg = sim.plant().catheter().massPg();
        sim.applyNow(refill(RefillRoute.CATHETER_ACCESS_PORT, 5_000_000));
        long bolusPg = sim.plant().ledger().intrathecalPg() - intrathecalBefore;
        // 5 mL of 25 mg/mL = 125 mg pushed in: all but a catheter's worth reaches the spinal fluid at once
        assertEquals(5_000_000L * 25_000 + catheterPg - sim.plant().catheter().massPg(), bolusPg);
        assertTrue(bolusPg > 120_000_000_000L, "a massive intrathecal overdose: " + bolusPg + " pg");
    }

    @Test
    @DisplayName(
            "a wrong concentration entered: the pump keeps the rate, so the real dose differs from the entered one")
    void wrongConcentrationEntered() {
        PumpSimulator sim = Pumps.morphine40ml(6, 500_000);
        sim.runUntil(60 * DAY_US);
        sim.applyNow(new PumpCommand.Refill(
                RefillRoute.RESERVOIR,
                PumpCommand.Refill.ASPIRATE_ALL,
                PumpCommand.Refill.NOT_MEASURED,
                40_000_000,
                50_000,
                25_000,
                0));
        assertEquals(25_000, sim.firmware().prescription().concentrationUgPerMl(), "firmware believes 25 mg/mL");
        assertEquals(40_000_000L * 50_000, sim.plant().reservoir().massPg(), "the reservoir holds 50 mg/mL");
    }

    @Test
    @DisplayName("bridge bolus: old drug in the catheter goes at the old rate, then the new prescription starts")
    void bridgeBolus() {
        PumpSimulator sim = Pumps.morphine40ml(7, 1_000_000);
        sim.runUntil(30 * DAY_US);
        sim.applyNow(new PumpCommand.Refill(
                RefillRoute.RESERVOIR,
                PumpCommand.Refill.ASPIRATE_ALL,
                PumpCommand.Refill.NOT_MEASURED,
                40_000_000,
                50_000,
                50_000,
                0));
        long catheterNl = sim.plant().catheter().deadVolumeNl();
        Prescription next = Prescription.continuous("morphine", 50_000, 500_000); // same dose, double strength
        assertTrue(sim.applyNow(new PumpCommand.ProgramWithBridgeBolus(next, catheterNl))
                .accepted());
        assertEquals(1_000_000, sim.firmware().basalRateNlPerDay(), "still the old rate during the bridge");
        long bridgeUs = catheterNl * DAY_US / 1_000_000;
        sim.runUntil(sim.nowUs() + bridgeUs + 60_000_000);
        assertEquals(next, sim.firmware().prescription());
        assertEquals(500_000, sim.firmware().basalRateNlPerDay());
        assertNotNull(Pumps.firstEvent(sim, EventType.BOLUS_COMPLETED));
    }
}
