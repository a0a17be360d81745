package io.itddsim.sim.patient;

import static io.itddsim.sim.patient.Patients.DAY_US;
import static io.itddsim.sim.patient.Patients.HOUR_US;
import static io.itddsim.sim.patient.Patients.KG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.PumpCommand;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Baclofen withdrawal after the reservoir really runs dry (DOMAIN.md 7 and 8): early signs 12-96 h
 * after delivery stops, the severe stage within 24-72 h after that, unless therapy resumes.
 */
class BaclofenWithdrawalTest {
    private static final long[] CONCENTRATIONS = {500, 1_000, 1_500
    }; // 90 mcg/day of 1500 mcg/mL is above the lowest rate

    /** A baclofen pump holding two days of drug while its estimate thinks it holds 3 mL more. */
    private static PumpSimulator runningDry(long doseUgPerDay, long ugPerMl, long weightKg, long seed) {
        long twoDaysNl = Math.multiplyExact(2 * doseUgPerDay, 1_000_000L) / ugPerMl;
        return Patients.pump(
                "baclofen",
                ugPerMl,
                doseUgPerDay,
                twoDaysNl,
                twoDaysNl + 3_000_000,
                PatientSetup.onPrescription(weightKg * KG),
                seed);
    }

    // Weights up to 100 kg: at the lowest label dose (90 mcg/day) a patient over about 115 kg never
    // reaches the severe stage in this model (a fresh-clone run found 90 mcg/day at 117 kg), a
    // limit of the model recorded in docs/PATIENT.md, not a property of the pump.
    @Property(tries = 100)
    @Label("early withdrawal 12-96 h after the reservoir really runs dry, the severe stage 24-72 h after that")
    void withdrawalFollowsTheDryReservoirOnTheClinicalTimescale(
            @ForAll @LongRange(min = 90, max = 800) long doseUgPerDay,
            @ForAll @IntRange(min = 0, max = 2) int concentration,
            @ForAll @LongRange(min = 20, max = 100) long weightKg,
            @ForAll long seed) {
        PumpSimulator sim = runningDry(doseUgPerDay, CONCENTRATIONS[concentration], weightKg, seed);
        long dryUs = Patients.runUntilReallyDry(sim, 5 * DAY_US);
        assertEquals(0, Patients.status(sim).grade(Syndrome.BACLOFEN_WITHDRAWAL), "no withdrawal while on drug");
        sim.runUntil(dryUs + 10 * DAY_US);

        long early = Patients.onsetUs(sim, Syndrome.BACLOFEN_WITHDRAWAL, 1, 0);
        long severe = Patients.onsetUs(sim, Syndrome.BACLOFEN_WITHDRAWAL, 2, 0);
        assertTrue(early >= dryUs + 12 * HOUR_US && early <= dryUs + 96 * HOUR_US, hours("onset", early, dryUs));
        assertTrue(severe >= early + 24 * HOUR_US && severe <= early + 72 * HOUR_US, hours("severe", severe, early));
    }

    @Test
    @DisplayName("a refill the day after the reservoir ran dry comes in time: no withdrawal at all")
    void refillBeforeOnsetPreventsWithdrawal() {
        PumpSimulator sim = runningDry(200, 500, 70, 4);
        long dryUs = Patients.runUntilReallyDry(sim, 5 * DAY_US);
        sim.schedule(dryUs + DAY_US, PumpCommand.Refill.ofReservoir(18_000_000, 500, 0));
        sim.runUntil(dryUs + 10 * DAY_US);
        assertEquals(
                0,
                Patients.worstGrade(sim, Syndrome.BACLOFEN_WITHDRAWAL, 0),
                sim.patientTransitions().toString());
        assertEquals(2, Patients.status(sim).grade(Syndrome.THERAPEUTIC_EFFECT), "spasticity controlled again");
    }

    @Test
    @DisplayName("a refill after the early signs reverses them, and the severe stage never comes")
    void refillAfterOnsetStopsTheSevereStage() {
        PumpSimulator sim = runningDry(200, 500, 70, 5);
        long dryUs = Patients.runUntilReallyDry(sim, 5 * DAY_US);
        long early = -1;
        while (early < 0) {
            sim.runUntil(sim.nowUs() + HOUR_US);
            early = Patients.onsetUs(sim, Syndrome.BACLOFEN_WITHDRAWAL, 1, 0);
        }
        assertTrue(early > dryUs, "the early signs follow the dry reservoir");
        sim.schedule(early + 6 * HOUR_US, PumpCommand.Refill.ofReservoir(18_000_000, 500, 0));
        sim.runUntil(early + 10 * DAY_US);
        assertEquals(
                1,
                Patients.worstGrade(sim, Syndrome.BACLOFEN_WITHDRAWAL, 0),
                sim.patientTransitions().toString());
        assertEquals(0, Patients.status(sim).grade(Syndrome.BACLOFEN_WITHDRAWAL), "resolved");
    }

    private static String hours(String what, long atUs, long afterUs) {
        return what + " at " + (atUs < 0 ? "never" : (atUs - afterUs) / (double) HOUR_US + " h") + " after";
    }
}
