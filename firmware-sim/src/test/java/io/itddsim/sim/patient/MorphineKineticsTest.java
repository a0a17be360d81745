package io.itddsim.sim.patient;

import static io.itddsim.sim.patient.Patients.DAY_US;
import static io.itddsim.sim.patient.Patients.HOUR_US;
import static io.itddsim.sim.patient.Patients.KG;
import static io.itddsim.sim.patient.Patients.MINUTE_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Morphine in the spinal fluid against Nordberg 1984 (DOMAIN.md 8), delivered through the pump. */
class MorphineKineticsTest {
    private static final long MORPHINE_25 = 25_000;

    @Test
    @DisplayName("a single intrathecal dose of morphine leaves the spinal fluid with a half-life of 175-196 min")
    void singleDoseHalfLifeIsNordbergs() {
        // the lowest programmable rate, a 0.5 mg bolus over 2 minutes at 1 h, then the pump stopped
        PumpSimulator sim = Patients.pump("morphine", MORPHINE_25, 1_200, 18_000_000, 18_000_000, naive(70), 1);
        sim.schedule(HOUR_US, new PumpCommand.StartBolus(BolusKind.SINGLE, 20_000, 2 * MINUTE_US));
        sim.schedule(HOUR_US + 10 * MINUTE_US, new PumpCommand.Program(Prescription.stopped("morphine", MORPHINE_25)));
        sim.runUntil(2 * HOUR_US);
        long deliveredPg = sim.status().truth().intrathecalDrugPg();
        assertTrue(deliveredPg > 500_000_000, "the bolus and a little basal reached the spinal fluid: " + deliveredPg);

        sim.runUntil(4 * HOUR_US);
        long early = Patients.status(sim).csfPgPerMl();
        sim.runUntil(10 * HOUR_US);
        long late = Patients.status(sim).csfPgPerMl();
        assertEquals(deliveredPg, sim.status().truth().intrathecalDrugPg(), "nothing more was delivered");
        double halfLifeMin = StrictMath.log(2) * 6 * 60 / StrictMath.log((double) early / late);
        assertTrue(halfLifeMin >= 175 && halfLifeMin <= 196, "half-life " + halfLifeMin + " min");
    }

    @Test
    @DisplayName("a continuous morphine infusion settles where input rate = clearance x concentration")
    void continuousInfusionSettlesAtInputOverClearance() {
        // 10 mg/day into a drug-free 70 kg patient; five days is 38 half-lives
        PumpSimulator sim = Patients.pump("morphine", MORPHINE_25, 10_000, 20_000_000, 20_000_000, naive(70), 2);
        sim.runUntil(4 * DAY_US);
        long before = sim.status().truth().intrathecalDrugPg();
        sim.runUntil(5 * DAY_US);
        long inputPgPerDay = sim.status().truth().intrathecalDrugPg() - before;
        long csf = Patients.status(sim).csfPgPerMl();

        // Nordberg's clearance as the model holds it: 3.3 uL/kg/min x 70 kg, in mL/day
        double clearanceMlPerDay = 3.3e-3 * 70 * 1_440;
        double expected = inputPgPerDay / clearanceMlPerDay;
        assertTrue(
                Math.abs(csf - expected) <= expected * 0.01,
                "CSF " + csf + " pg/mL, input/clearance " + expected + " pg/mL");
        assertTrue(
                inputPgPerDay > 9_000_000_000L && inputPgPerDay < 11_000_000_000L, "about 10 mg/day: " + inputPgPerDay);
    }

    private static PatientSetup naive(long kg) {
        return PatientSetup.naive(kg * KG);
    }
}
