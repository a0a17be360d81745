package io.itddsim.sim.firmware;

/**
 * What the clinician programs: the drug, its concentration as entered, and the basal therapy.
 * The concentration is the clinician's statement; the reservoir's true contents may differ.
 *
 * @param drug                 drug name as programmed, e.g. "morphine"
 * @param concentrationUgPerMl concentration as entered, in micrograms per millilitre
 * @param therapy              the basal therapy
 * @param ptm                  the patient bolus limits, or null when the patient may not give boluses
 */
public record Prescription(String drug, long concentrationUgPerMl, Therapy therapy, PtmLimits ptm)
        implements java.io.Serializable {

    /** A prescription without patient boluses. */
    public Prescription(String drug, long concentrationUgPerMl, Therapy therapy) {
        this(drug, concentrationUgPerMl, therapy, null);
    }

    public Prescription withPtm(PtmLimits limits) {
        return new Prescription(drug, concentrationUgPerMl, therapy, limits);
    }

    public Prescription withConcentration(long ugPerMl) {
        return new Prescription(drug, ugPerMl, therapy, ptm);
    }

    public static Prescription stopped(String drug, long concentrationUgPerMl) {
        return new Prescription(drug, concentrationUgPerMl, new Therapy.Stopped());
    }

    public static Prescription continuous(String drug, long concentrationUgPerMl, long rateNlPerDay) {
        return new Prescription(drug, concentrationUgPerMl, new Therapy.Continuous(rateNlPerDay));
    }

    /**
     * The flow rate that delivers {@code doseUgPerDay} at {@code concentrationUgPerMl}, as the
     * programmer derives it, rounded to the nearest nL/day.
     */
    public static long rateForDose(long doseUgPerDay, long concentrationUgPerMl) {
        // ug/day / (ug/mL) = mL/day; x 1e6 nL/mL
        return rateForDoseNg(Math.multiplyExact(doseUgPerDay, 1_000L), concentrationUgPerMl);
    }

    /** As {@link #rateForDose}, with the dose in nanograms per day (ziconotide doses are fractions of a microgram). */
    public static long rateForDoseNg(long doseNgPerDay, long concentrationUgPerMl) {
        if (concentrationUgPerMl <= 0) {
            throw new IllegalArgumentException("concentration must be positive: " + concentrationUgPerMl);
        }
        // ng/day / (ug/mL) = 1e-3 mL/day = 1e3 nL/day
        return Math.addExact(Math.multiplyExact(doseNgPerDay, 1_000L), concentrationUgPerMl / 2) / concentrationUgPerMl;
    }
}
