package io.itddsim.sim.patient;

import java.util.List;

/**
 * The simulated patient at one instant, as everything outside the model sees it: simulated ground
 * truth, which no pump and no clinician can measure. Concentrations are picograms per millilitre
 * of spinal fluid (1 ng/mL = 1,000 pg/mL). docs/STATUS.md and docs/PATIENT.md describe each.
 *
 * @param asOfUs               the patient grid instant these values belong to (the patient
 *                             advances on its own grid, {@code grid_us})
 * @param drug                 the drug's generic name
 * @param weightG              body weight
 * @param csfPgPerMl           lumbar spinal-fluid concentration, where the catheter delivers
 * @param effectSitePgPerMl    effect-site concentration (the lumbar one, delayed by ke0)
 * @param rostralPgPerMl       concentration of the rostral (brainstem) compartment; 0 for
 *                             non-opioids, which have none
 * @param tolerancePgPerMl     the concentration the patient is adapted to (opioid tolerance,
 *                             baclofen adaptation); 0 for drugs without adaptation
 * @param withdrawalDrivePpm   the withdrawal drive, 0 to 1,000,000 (docs/PATIENT.md)
 * @param states               every state the patient is followed for, with grade and since-time
 * @param transitionCount      grade changes since the run began
 */
public record PatientStatus(
        long asOfUs,
        String drug,
        long weightG,
        long csfPgPerMl,
        long effectSitePgPerMl,
        long rostralPgPerMl,
        long tolerancePgPerMl,
        long withdrawalDrivePpm,
        List<ClinicalState> states,
        long transitionCount) {
    public PatientStatus {
        states = List.copyOf(states);
    }

    /** The grade of {@code syndrome} now; 0 when absent or not followed for this drug. */
    public int grade(Syndrome syndrome) {
        for (ClinicalState s : states) {
            if (s.syndrome() == syndrome) {
                return s.grade();
            }
        }
        return 0;
    }
}
