package io.itddsim.fleet.plan;

import io.itddsim.sim.engine.RunPlan;
import java.io.Serializable;
import java.util.List;

/**
 * One pump of a fleet study: what it drew and the run plan the emulator runs. A pure function of
 * the fleet file and the pump's id ({@link PumpPlanner}).
 *
 * @param id                the pump's number in the study, from 0
 * @param cohort            its cohort's name
 * @param drug              the drug it is filled with
 * @param offLabel          whether that drug is off-label (DOMAIN.md 7)
 * @param doseNgPerDay      the dose drawn
 * @param rateNlPerDay      the programmed rate (the dose at the concentration, within the pump's limits)
 * @param implantAgeUs      its age when it entered the study
 * @param followUpUs        how long it is followed: the run's duration
 * @param droppedOut        true if it left the study for another reason before the cohort's follow-up ended
 * @param refillIntervalUs  its refill interval
 * @param visitsUs          sim times of its clinic visits (interrogation and refill)
 * @param mechanisms        every mechanism's draw, in the fleet file's order
 * @param patientWeightG    the simulated patient's body weight, or 0 when the pump has no patient
 * @param runPlan           what the emulator runs
 */
public record PumpPlan(
        int id,
        String cohort,
        String drug,
        boolean offLabel,
        long doseNgPerDay,
        long rateNlPerDay,
        long implantAgeUs,
        long followUpUs,
        boolean droppedOut,
        long refillIntervalUs,
        List<Long> visitsUs,
        List<MechanismDraw> mechanisms,
        long patientWeightG,
        RunPlan runPlan)
        implements Serializable {
    public PumpPlan {
        visitsUs = List.copyOf(visitsUs);
        mechanisms = List.copyOf(mechanisms);
    }

    public boolean hasPatient() {
        return patientWeightG > 0;
    }

    /** The first visit at or after {@code timeUs}; -1 when there is none within the follow-up. */
    public long nextVisitUs(long timeUs) {
        for (long v : visitsUs) {
            if (v >= timeUs) {
                return v;
            }
        }
        return -1;
    }
}
