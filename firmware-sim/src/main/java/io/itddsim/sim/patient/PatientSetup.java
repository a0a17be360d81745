package io.itddsim.sim.patient;

import io.itddsim.sim.SimInputException;

/**
 * The patient downstream of the catheter tip at the start of a run (docs/PATIENT.md): body weight,
 * the regimen the patient's body is used to, whether the spinal fluid already holds the starting
 * prescription's steady state, and the model's parameters. The drug is the prescription's.
 *
 * @param weightG              body weight in grams
 * @param adaptedDoseNgPerDay  the daily intrathecal dose the patient's tolerance (opioids) or
 *                             adaptation (baclofen) is used to; {@link #ADAPTED_TO_PRESCRIPTION}
 *                             for the starting prescription's mean dose, 0 for a drug-naive patient
 * @param steadyStart          true when the patient has been on the starting prescription long
 *                             enough for the spinal fluid to hold its steady state; false when the
 *                             spinal fluid holds no drug at the start (a new implant)
 * @param parameters           the model's parameters, with any overrides
 */
public record PatientSetup(long weightG, long adaptedDoseNgPerDay, boolean steadyStart, PatientParameters parameters)
        implements java.io.Serializable {

    /** {@code adaptedDoseNgPerDay} meaning "the starting prescription's mean daily dose". */
    public static final long ADAPTED_TO_PRESCRIPTION = -1;

    public static final long MIN_WEIGHT_G = 1_000;
    public static final long MAX_WEIGHT_G = 300_000;

    public PatientSetup {
        if (weightG < MIN_WEIGHT_G || weightG > MAX_WEIGHT_G) {
            throw new SimInputException("patient.weight", "expected 1 to 300 kg, got " + weightG + " g");
        }
        if (adaptedDoseNgPerDay < ADAPTED_TO_PRESCRIPTION) {
            throw new SimInputException(
                    "patient.adapted_to", "must not be negative, got " + adaptedDoseNgPerDay + " ng/day");
        }
        if (parameters == null) {
            parameters = PatientParameters.defaults();
        }
    }

    /** A patient of {@code weightG} on the starting prescription for long, with default parameters. */
    public static PatientSetup onPrescription(long weightG) {
        return new PatientSetup(weightG, ADAPTED_TO_PRESCRIPTION, true, PatientParameters.defaults());
    }

    /** A drug-naive patient of {@code weightG} whose spinal fluid holds no drug yet. */
    public static PatientSetup naive(long weightG) {
        return new PatientSetup(weightG, 0, false, PatientParameters.defaults());
    }

    public PatientSetup withParameters(PatientParameters p) {
        return new PatientSetup(weightG, adaptedDoseNgPerDay, steadyStart, p);
    }

    public PatientSetup withAdaptedDoseNgPerDay(long ngPerDay) {
        return new PatientSetup(weightG, ngPerDay, steadyStart, parameters);
    }
}
