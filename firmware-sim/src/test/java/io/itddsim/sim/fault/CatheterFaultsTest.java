package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.profile.ProfileParameter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Under-infusion through the catheter (DOMAIN.md 5). The pump has no pressure or flow sensor: with
 * the defaults none of these is noticed by the firmware (the documented miss), and the volume check
 * at refill is the only pump-side clue for those that leave drug in the reservoir.
 */
class CatheterFaultsTest {

    private static long delivered(PumpSimulator sim) {
        return sim.plant().ledger().intrathecalNl();
    }

    @Test
    @DisplayName("occlusion: nothing reaches the spinal fluid, pressure builds to roller slip, a bolus when it clears")
    void occlusionHoldsThenReleasesABolus() {
        PumpSimulator sim = FaultPumps.morphine(51);
        sim.runUntil(DAY_US);
        long before = delivered(sim);
        long reservoirBefore = sim.plant().reservoir().volumeNl();
        arm(sim, FaultSpec.of(FaultKind.CATHETER_OCCLUSION, FaultSchedule.now().lasting(2 * DAY_US)));
        sim.runUntil(DAY_US + HOUR_US);
        assertTrue(sim.plant().flow().heldPressurePa(sim.nowUs()) > 20_000, "pressure rises behind the occlusion");
        sim.runUntil(3 * DAY_US - 1_000);
        assertEquals(before, delivered(sim), "nothing passed the occlusion");
        long slipPa = sim.profile().get(ProfileParameter.ROLLER_SLIP_PRESSURE_PA);
        long heldNl = sim.plant().flow().heldVolumeNl(sim.nowUs());
        assertEquals(slipPa, sim.plant().flow().heldPressurePa(sim.nowUs()), 10);
        // the wall holds 100 nL/kPa x (40 - 1.333) kPa; the rest slipped back into the reservoir
        assertEquals(3_866, heldNl, 1);
        assertEquals(
                heldNl,
                reservoirBefore - sim.plant().reservoir().volumeNl(),
                "only the held volume left the reservoir");
        assertTrue(
                sim.firmware().reservoirEstimateNl() < sim.plant().reservoir().volumeNl() - 900_000,
                "the firmware counted strokes that slipped: at refill more is aspirated than expected");
        sim.runUntil(3 * DAY_US + 1_000);
        assertEquals(before + heldNl, delivered(sim), "the held volume arrives at once: a bolus");
        assertFalse(sim.plant().motor().stepsDriven() > sim.plant().motor().stepsMoved(), "the motor never stalled");
        assertTrue(FaultPumps.events(sim, EventType.MOTOR_STALL).isEmpty());
        assertFalse(onlyRecord(sim).detected(), "a sound pump cannot tell");
    }

    @Test
    @DisplayName(
            "an occluded catheter stalls a pump whose battery has sagged: the raised pressure eats the torque margin")
    void occlusionStallsAWeakPump() {
        PumpSimulator sim = PumpSimulator.create(io.itddsim.sim.engine.SimulationSetup.inService(
                        io.itddsim.sim.profile.PumpProfile.synchroMed40ml(),
                        52,
                        40_000_000,
                        io.itddsim.sim.firmware.Prescription.continuous(
                                "morphine", FaultPumps.MORPHINE_25, FaultPumps.TYPICAL_RATE))
                .withBatteryDepthOfDischargePpm(950_000));
        arm(sim, FaultSpec.of(FaultKind.CATHETER_OCCLUSION, FaultSchedule.now()));
        sim.runUntil(DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals("MOTOR_STALL", r.detectedBy());
    }

    @Test
    @DisplayName("a mild kink costs nothing: the catheter wall smooths the pulses")
    void mildKinkDeliversInFull() {
        PumpSimulator sim = FaultPumps.morphine(53);
        PumpSimulator healthy = FaultPumps.morphine(53);
        arm(sim, FaultSpec.of(FaultKind.CATHETER_KINK, FaultSchedule.now()).with("resistance_factor", 100));
        sim.runUntil(5 * DAY_US);
        healthy.runUntil(5 * DAY_US);
        // what drains through the wall after the last stroke is booked at the next motor step: the
        // ledger lags by at most one stroke (240 nL), and never falls further behind
        long lagNl = delivered(healthy) - delivered(sim);
        assertTrue(lagNl >= 0 && lagNl <= 240, "lag " + lagNl + " nL");
        sim.runUntil(30 * DAY_US);
        healthy.runUntil(30 * DAY_US);
        assertTrue(delivered(healthy) - delivered(sim) <= 240);
    }

    @Test
    @DisplayName("the default kink passes about 0.25 mL/day of the 0.5 programmed, and the pump does not notice")
    void severeKinkHalvesDelivery() {
        PumpSimulator sim = FaultPumps.morphine(54);
        sim.runUntil(DAY_US);
        long before = delivered(sim);
        arm(sim, FaultSpec.of(FaultKind.CATHETER_KINK, FaultSchedule.now()));
        sim.runUntil(6 * DAY_US);
        long perDay = (delivered(sim) - before) / 5;
        assertTrue(perDay > 230_000 && perDay < 280_000, perDay + " nL/day");
        assertFalse(onlyRecord(sim).detected());
    }

    @Test
    @DisplayName(
            "disconnection: the reservoir empties as programmed, everything goes to the tissue, nothing intrathecal")
    void disconnectionSendsEverythingToTissue() {
        PumpSimulator sim = FaultPumps.infusing("baclofen", FaultPumps.TYPICAL_RATE, 55);
        PumpSimulator healthy = FaultPumps.infusing("baclofen", FaultPumps.TYPICAL_RATE, 55);
        sim.runUntil(DAY_US);
        long before = delivered(sim);
        arm(sim, FaultSpec.of(FaultKind.CATHETER_DISCONNECTION, FaultSchedule.now()));
        sim.runUntil(4 * DAY_US);
        healthy.runUntil(4 * DAY_US);
        assertEquals(before, delivered(sim));
        assertEquals(
                healthy.plant().reservoir().volumeNl(),
                sim.plant().reservoir().volumeNl(),
                "the reservoir cannot tell");
        assertEquals(delivered(healthy) - before, sim.plant().ledger().elsewhereNl());
        assertEquals(
                healthy.plant().ledger().intrathecalPg() - sim.plant().ledger().intrathecalPg(),
                sim.plant().ledger().elsewherePg(),
                "drug mass is conserved");
        assertEquals(healthy.events(), sim.events(), "the firmware logs exactly what a sound pump logs");
        assertFalse(onlyRecord(sim).detected());
    }

    @Test
    @DisplayName("a leak loses its share to the tissue, to the nanolitre over time")
    void leakLosesItsShare() {
        PumpSimulator sim = FaultPumps.morphine(56);
        arm(sim, FaultSpec.of(FaultKind.CATHETER_LEAK, FaultSchedule.now()).with("leak_ppm", 250_000));
        sim.runUntil(4 * DAY_US);
        long total = delivered(sim) + sim.plant().ledger().elsewhereNl();
        assertEquals(total / 4, sim.plant().ledger().elsewhereNl(), 1);
        assertEquals(40_000_000 - sim.plant().reservoir().volumeNl(), total, "what left the reservoir went somewhere");
    }

    @Test
    @DisplayName("granuloma: full delivery for weeks, then falling as the tip resistance grows, never noticed")
    void granulomaSlowlyChokesDelivery() {
        PumpSimulator sim = FaultPumps.infusing("hydromorphone", FaultPumps.TYPICAL_RATE, 57);
        arm(sim, FaultSpec.of(FaultKind.GRANULOMA, FaultSchedule.now()));
        sim.runUntil(20 * DAY_US);
        long early = delivered(sim);
        sim.runUntil(30 * DAY_US);
        long dayTwenties = (delivered(sim) - early) / 10;
        assertTrue(dayTwenties > 480_000, "days 20-30 deliver in full: " + dayTwenties);
        long mid = delivered(sim);
        sim.runUntil(90 * DAY_US);
        long lastStart = delivered(sim);
        sim.runUntil(100 * DAY_US);
        long dayNineties = (delivered(sim) - lastStart) / 10;
        assertTrue(dayNineties < 300_000, "days 90-100 deliver " + dayNineties + " nL/day");
        assertTrue(mid < lastStart);
        assertFalse(onlyRecord(sim).detected());
    }
}
