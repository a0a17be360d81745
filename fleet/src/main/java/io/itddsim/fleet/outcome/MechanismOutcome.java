package io.itddsim.fleet.outcome;

import java.io.Serializable;

/**
 * What became of one armed mechanism in one pump: when it acted, when (and by what) the pump noticed,
 * and how long the patient went without therapy. Times are sim microseconds from the pump's entry;
 * -1 stands for "never".
 *
 * @param name                the mechanism's name
 * @param fault               the catalogue fault's key
 * @param effect              what it does to the therapy
 * @param activeFromUs        when it began acting on the plant
 * @param activeToUs          when it stopped acting (a transient stall's end), or -1 if it still acted at the end
 * @param detectedUs          when the firmware first logged one of its detectors (-1: a miss)
 * @param detectedBy          that detector's label, empty for a miss
 * @param therapyLossFromUs   when the patient began to lose therapy because of it (a stall's first
 *                            stall; a catheter problem's start), or -1 if they did not
 * @param lostUntilDetectedUs therapy lost until the pump noticed (to the end of follow-up for a miss),
 *                            or until the mechanism stopped acting if that came first
 * @param lostUntilVisitUs    therapy lost until the first clinic visit at or after the pump noticed,
 *                            where a clinician interrogating learns of it (to the end of follow-up
 *                            when no visit follows or the pump never noticed)
 * @param lossCensored        true if the loss was still going on at the end of follow-up
 */
public record MechanismOutcome(
        String name,
        String fault,
        Effect effect,
        long activeFromUs,
        long activeToUs,
        long detectedUs,
        String detectedBy,
        long therapyLossFromUs,
        long lostUntilDetectedUs,
        long lostUntilVisitUs,
        boolean lossCensored)
        implements Serializable {

    public boolean detected() {
        return detectedUs >= 0;
    }

    /** Time from the mechanism's start to the pump's detection; -1 for a miss. */
    public long detectionLatencyUs() {
        return detected() ? detectedUs - activeFromUs : -1;
    }
}
