package io.itddsim.sim.patient;

import static io.itddsim.sim.patient.Patients.DAY_US;
import static io.itddsim.sim.patient.Patients.HOUR_US;
import static io.itddsim.sim.patient.Patients.KG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Opioid tolerance, overdose and withdrawal (DOMAIN.md 7 and 8). */
class OpioidToleranceTest {
    private static final long MORPHINE_25 = 25_000;
    private static final long MORPHINE_10 = 10_000;

    private static PumpSimulator morphine(long doseUgPerDay, PatientSetup patient, long seed) {
        return Patients.pump("morphine", MORPHINE_25, doseUgPerDay, 20_000_000, 20_000_000, patient, seed);
    }

    private static PumpCommand rate(long doseUgPerDay) {
        return new PumpCommand.Program(
                Prescription.continuous("morphine", MORPHINE_25, Prescription.rateForDose(doseUgPerDay, MORPHINE_25)));
    }

    @Property(tries = 15)
    @Label("an adapted patient shows no overdose or withdrawal from a lasting change within the pump's 14.5%")
    void changesWithinTheAccuracyGoUnnoticed(
            @ForAll @LongRange(min = 1_000, max = 20_000) long doseUgPerDay,
            @ForAll @LongRange(min = 855, max = 1_145) long permille,
            @ForAll @LongRange(min = 40, max = 120) long weightKg) {
        PumpSimulator sim = Patients.pump(
                "morphine",
                MORPHINE_10,
                doseUgPerDay,
                20_000_000,
                20_000_000,
                PatientSetup.onPrescription(weightKg * KG),
                doseUgPerDay);
        sim.schedule(
                HOUR_US,
                new PumpCommand.Program(Prescription.continuous(
                        "morphine",
                        MORPHINE_10,
                        Prescription.rateForDose(doseUgPerDay * permille / 1_000, MORPHINE_10))));
        sim.runUntil(7 * DAY_US);
        assertEquals(
                0,
                Patients.worstGrade(sim, Syndrome.OPIOID_OVERDOSE, 0),
                sim.patientTransitions().toString());
        assertEquals(
                0,
                Patients.worstGrade(sim, Syndrome.OPIOID_WITHDRAWAL, 0),
                sim.patientTransitions().toString());
    }

    @Test
    @DisplayName("tolerance is lost in a week without drug: the old dose then depresses breathing, hours later")
    void restartAtTheOldDoseAfterAWeekDepressesBreathing() {
        PumpSimulator sim = morphine(10_000, PatientSetup.onPrescription(70 * KG), 1);
        sim.schedule(DAY_US, new PumpCommand.Program(Prescription.stopped("morphine", MORPHINE_25)));
        long restartUs = 8 * DAY_US;
        sim.schedule(restartUs, rate(10_000));
        sim.runUntil(restartUs);
        long tolerance = Patients.status(sim).tolerancePgPerMl();
        assertTrue(tolerance < 30_000_000 / 8, "less than an eighth of the adapted level is left: " + tolerance);
        sim.runUntil(restartUs + 3 * DAY_US);

        long depression = Patients.onsetUs(sim, Syndrome.OPIOID_OVERDOSE, 3, restartUs);
        assertTrue(depression > restartUs + 3 * HOUR_US, "delayed by the rostral spread: " + depression);
        assertTrue(depression < restartUs + DAY_US, "within the day after the restart: " + depression);
    }

    @Test
    @DisplayName("after one day without drug the old dose is still tolerated")
    void restartAfterADayIsTolerated() {
        PumpSimulator sim = morphine(10_000, PatientSetup.onPrescription(70 * KG), 2);
        sim.schedule(DAY_US, new PumpCommand.Program(Prescription.stopped("morphine", MORPHINE_25)));
        sim.schedule(2 * DAY_US, rate(10_000));
        sim.runUntil(6 * DAY_US);
        assertEquals(
                0,
                Patients.worstGrade(sim, Syndrome.OPIOID_OVERDOSE, 0),
                sim.patientTransitions().toString());
        assertTrue(Patients.onsetUs(sim, Syndrome.OPIOID_WITHDRAWAL, 2, DAY_US) > 0, "withdrawal during the stop");
        assertEquals(0, Patients.status(sim).grade(Syndrome.OPIOID_WITHDRAWAL), "relieved by the restart");
    }

    @Test
    @DisplayName("when an opioid stops, withdrawal begins within hours and reaches autonomic signs within a day")
    void withdrawalFollowsAStop() {
        PumpSimulator sim = morphine(10_000, PatientSetup.onPrescription(70 * KG), 3);
        sim.schedule(DAY_US, new PumpCommand.Program(Prescription.stopped("morphine", MORPHINE_25)));
        sim.runUntil(3 * DAY_US);
        long first = Patients.onsetUs(sim, Syndrome.OPIOID_WITHDRAWAL, 1, 0);
        long autonomic = Patients.onsetUs(sim, Syndrome.OPIOID_WITHDRAWAL, 2, 0);
        assertTrue(first > DAY_US + HOUR_US && first < DAY_US + 12 * HOUR_US, "first signs at " + first);
        assertTrue(autonomic > first && autonomic < 2 * DAY_US, "autonomic signs at " + autonomic);
    }

    @Test
    @DisplayName("a drug-naive patient started at the top of the usual naive dose (1 mg/day) shows no overdose sign")
    void naiveStartAtOneMilligramIsSafe() {
        PumpSimulator sim =
                Patients.pump("morphine", 1_000, 1_000, 18_000_000, 18_000_000, PatientSetup.naive(70 * KG), 4);
        sim.runUntil(7 * DAY_US);
        assertEquals(
                0,
                Patients.worstGrade(sim, Syndrome.OPIOID_OVERDOSE, 0),
                sim.patientTransitions().toString());
        assertEquals(0, Patients.worstGrade(sim, Syndrome.OPIOID_WITHDRAWAL, 0), "a naive patient cannot withdraw");
        assertTrue(Patients.status(sim).grade(Syndrome.THERAPEUTIC_EFFECT) > 0, "the pain is relieved");
    }

    @Test
    @DisplayName("hydromorphone acts about six times as strongly as morphine at the same concentration")
    void hydromorphoneIsMorphineTimesItsPotency() {
        PumpSimulator morphine =
                Patients.pump("morphine", 1_000, 3_000, 18_000_000, 18_000_000, PatientSetup.naive(70 * KG), 5);
        PumpSimulator hydromorphone =
                Patients.pump("hydromorphone", 1_000, 500, 18_000_000, 18_000_000, PatientSetup.naive(70 * KG), 5);
        morphine.runUntil(3 * DAY_US);
        hydromorphone.runUntil(3 * DAY_US);
        assertEquals(
                Patients.of(morphine, Syndrome.OPIOID_OVERDOSE).stream()
                        .map(ClinicalTransition::toGrade)
                        .toList(),
                Patients.of(hydromorphone, Syndrome.OPIOID_OVERDOSE).stream()
                        .map(ClinicalTransition::toGrade)
                        .toList(),
                "3 mg/day of morphine and 0.5 mg/day of hydromorphone take the same course");
        assertTrue(Patients.worstGrade(morphine, Syndrome.OPIOID_OVERDOSE, 0) > 0, "and it is not an empty one");
    }
}
