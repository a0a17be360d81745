package io.itddsim.fleet.spec;

import io.itddsim.sim.patient.PatientSetup;
import java.io.Serializable;

/**
 * The simulated patient each pump of a cohort carries (docs/PATIENT.md; the fleet file's optional
 * {@code patient:} section of a cohort): a body weight drawn per pump, and the patient's grid. Each
 * patient has been on its pump's prescription long enough to be adapted to it, with the spinal
 * fluid at its steady state [A].
 *
 * @param weightG body weight in grams, drawn per pump; clamped to what the model takes (1 to 300 kg)
 * @param gridUs  the patient's own step: the model's 1 minute by default; a coarser grid costs less
 *                emulator time (the fast-forward stops at every grid instant) and follows the
 *                model's faster half-lives less closely
 */
public record PatientSpec(Dist weightG, long gridUs) implements Serializable {
    /** A drawn weight brought within the model's range. */
    public static long clampWeightG(long weightG) {
        return Math.max(PatientSetup.MIN_WEIGHT_G, Math.min(PatientSetup.MAX_WEIGHT_G, weightG));
    }
}
