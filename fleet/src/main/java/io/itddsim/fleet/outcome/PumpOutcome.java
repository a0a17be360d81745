package io.itddsim.fleet.outcome;

import java.io.Serializable;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a fleet study keeps of one pump's run: who it was, whether and why it failed, what the
 * pump noticed and when, and what it cost the patient. Ages are microseconds since implant (the
 * time scale of the survival curves); -1 stands for "never".
 *
 * @param id                  the pump's id
 * @param cohort              its cohort
 * @param drug                its drug
 * @param offLabel            whether the drug is off-label
 * @param rateNlPerDay        its programmed rate
 * @param entryAgeUs          age when it entered the study
 * @param exitAgeUs           age when it left it: failure, battery end of service, drop-out or the
 *                            end of follow-up
 * @param exit                why it left
 * @param failureAgeUs        age at its first non-recoverable stall, or -1
 * @param failureCause        the mechanism behind that stall; {@code unattributed} when no armed
 *                            stall mechanism was acting; empty without a failure
 * @param catheterStallCause  the catheter complication a non-recoverable stall was blamed on
 *                            instead (exit {@link Exit#STALLED_AGAINST_CATHETER}); empty otherwise
 * @param stalls              stall episodes the pump logged
 * @param stallRecoveries     recoveries from a stall it logged
 * @param refillChecks        refill volume checks made
 * @param refillsFlagged      of which flagged a discrepancy
 * @param alarmsRaised        alarms raised, by type (lower case)
 * @param annunciations       alarm patterns sounded
 * @param eriAgeUs            age at the elective replacement indicator, or -1
 * @param lowBatteryResets    brown-out resets logged
 * @param programmedNl        volume the prescription asked for over the run
 * @param intrathecalNl       volume that reached the spinal fluid (ground truth)
 * @param elsewhereNl         volume that went anywhere else (ground truth)
 * @param mechanisms          what became of each armed mechanism
 * @param patientWeightG      the simulated patient's body weight, or 0 for a pump without a patient
 * @param patientEpisodes     the patient's episodes of overdose and withdrawal, in order of onset
 * @param stateHash           the emulator's state hash at the end (the same in a re-run alone)
 */
public record PumpOutcome(
        int id,
        String cohort,
        String drug,
        boolean offLabel,
        long rateNlPerDay,
        long entryAgeUs,
        long exitAgeUs,
        Exit exit,
        long failureAgeUs,
        String failureCause,
        String catheterStallCause,
        int stalls,
        int stallRecoveries,
        int refillChecks,
        int refillsFlagged,
        SortedMap<String, Integer> alarmsRaised,
        long annunciations,
        long eriAgeUs,
        int lowBatteryResets,
        long programmedNl,
        long intrathecalNl,
        long elsewhereNl,
        List<MechanismOutcome> mechanisms,
        long patientWeightG,
        List<PatientEpisode> patientEpisodes,
        String stateHash)
        implements Serializable {
    public PumpOutcome {
        alarmsRaised = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(alarmsRaised));
        mechanisms = List.copyOf(mechanisms);
        patientEpisodes = List.copyOf(patientEpisodes);
    }

    public boolean hasPatient() {
        return patientWeightG > 0;
    }

    public boolean failed() {
        return failureAgeUs >= 0;
    }

    /** Why a pump left the study. */
    public enum Exit {
        /** A non-recoverable stall: the field's failure. */
        FAILED,
        /**
         * The motor stalled for good against a catheter complication (the pump's margin having shrunk):
         * no failure of the pump, which a catheter revision would relieve; censored here.
         */
        STALLED_AGAINST_CATHETER,
        /** The battery reached end of service and the pump stopped (it would be replaced). */
        BATTERY_END_OF_SERVICE,
        /** Death, explant for another reason, lost to follow-up. */
        DROPPED_OUT,
        /** Followed to the end of the cohort's follow-up. */
        END_OF_FOLLOW_UP
    }
}
