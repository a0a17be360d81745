package io.itddsim.fleet.outcome;

import java.io.Serializable;

/**
 * One episode of a harmful clinical state in a pump's simulated patient (docs/PATIENT.md): from the
 * grid instant the state rose above grade 0 to the one it fell back to 0. Times are sim
 * microseconds from the pump's entry; -1 stands for "never". Simulated ground truth, which no
 * clinician in the study sees.
 *
 * @param syndrome         the state: {@code opioid_overdose}, {@code opioid_withdrawal} or
 *                         {@code baclofen_withdrawal}
 * @param startUs          its onset
 * @param endUs            its resolution, or -1 if it was still present at the end of follow-up
 * @param worstGrade       the highest grade it reached, 1 to 3
 * @param cause            what was acting at the onset: the mechanism that began first among those
 *                         that change delivery the way the state suggests (less drug for a
 *                         withdrawal, more for an overdose); {@code battery_end_of_service} for a
 *                         withdrawal after the pump stopped; {@code none} when nothing was
 * @param causeFromUs      when that cause began to change the delivery (a stall's first stall, a
 *                         catheter problem's start, end of service); -1 for {@code none}
 * @param pumpNoticedFirst true if the pump had noticed the cause (one of its detectors logged; end of
 *                         service alarms) at or before the onset
 */
public record PatientEpisode(
        String syndrome,
        long startUs,
        long endUs,
        int worstGrade,
        String cause,
        long causeFromUs,
        boolean pumpNoticedFirst)
        implements Serializable {
    public static final String END_OF_SERVICE = "battery_end_of_service";
    public static final String NONE = "none";

    public boolean ongoing() {
        return endUs < 0;
    }
}
