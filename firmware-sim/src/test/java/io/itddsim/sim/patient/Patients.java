package io.itddsim.sim.patient;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;

/** Fixtures for patient tests: pumps with a patient, and what happened to the patient. */
final class Patients {
    static final long MINUTE_US = 60_000_000L;
    static final long HOUR_US = 60 * MINUTE_US;
    static final long DAY_US = PumpProfile.US_PER_DAY;
    static final long KG = 1_000;

    private Patients() {}

    /**
     * A 20 mL pump that really holds {@code actualNl} of {@code drug} at {@code ugPerMl} while its
     * estimate starts at {@code enteredNl}, infusing {@code doseUgPerDay} continuously into
     * {@code patient}.
     */
    static PumpSimulator pump(
            String drug,
            long ugPerMl,
            long doseUgPerDay,
            long actualNl,
            long enteredNl,
            PatientSetup patient,
            long seed) {
        Prescription rx = Prescription.continuous(drug, ugPerMl, Prescription.rateForDose(doseUgPerDay, ugPerMl));
        return PumpSimulator.create(
                new SimulationSetup(PumpProfile.synchroMed20ml(), seed, actualNl, ugPerMl, enteredNl, true, rx, 0, 0)
                        .withPatient(patient));
    }

    static PatientStatus status(PumpSimulator sim) {
        return sim.status().patient().orElseThrow();
    }

    /** The first onset of {@code syndrome} at or above {@code grade} at or after {@code fromUs}; -1 if none. */
    static long onsetUs(PumpSimulator sim, Syndrome syndrome, int grade, long fromUs) {
        for (ClinicalTransition t : sim.patientTransitions()) {
            if (t.syndrome() == syndrome && t.toGrade() >= grade && t.fromGrade() < grade && t.timeUs() >= fromUs) {
                return t.timeUs();
            }
        }
        return -1;
    }

    /** The highest grade {@code syndrome} reached over the run, including its grade at the start. */
    static int worstGrade(PumpSimulator sim, Syndrome syndrome, int startGrade) {
        int worst = startGrade;
        for (ClinicalTransition t : sim.patientTransitions()) {
            if (t.syndrome() == syndrome) {
                worst = Math.max(worst, t.toGrade());
            }
        }
        return worst;
    }

    /**
     * Runs hour by hour until the reservoir is really empty (at most {@code limitUs}) and returns
     * the sim time it was first seen empty.
     */
    static long runUntilReallyDry(PumpSimulator sim, long limitUs) {
        while (sim.nowUs() < limitUs) {
            sim.runUntil(sim.nowUs() + HOUR_US);
            if (sim.plant().reservoir().volumeNl() == 0) {
                return sim.nowUs();
            }
        }
        throw new AssertionError(
                "the reservoir still holds " + sim.plant().reservoir().volumeNl() + " nL at " + limitUs);
    }

    static List<ClinicalTransition> of(PumpSimulator sim, Syndrome syndrome) {
        return sim.patientTransitions().stream()
                .filter(t -> t.syndrome() == syndrome)
                .toList();
    }
}
