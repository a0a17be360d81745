package io.itddsim.sim.patient;

/**
 * One drug's numbers, resolved from a parameter set: its spinal-fluid volume of distribution and
 * clearance (per kg of body weight), the effect compartment's half-life, and the reference
 * concentration its clinical states are judged against (docs/PATIENT.md). For opioids the reference
 * is morphine's divided by the drug's potency.
 */
record DrugKinetics(
        Drug drug, long csfVolumeUlPerKg, long csfClearanceNlPerKgPerMin, long effectHalfLifeS, long referencePgPerMl) {

    static DrugKinetics of(Drug drug, PatientParameters p) {
        long reference;
        if (drug.drugClass() == DrugClass.OPIOID) {
            PatientParameter potency = PatientParameter.of(drug, "potency_ppm");
            long potencyPpm = potency == null ? FixedPoint.ONE_PPM : p.get(potency); // morphine is the unit
            reference = Math.max(
                    1, FixedPoint.mulDiv(p.get(PatientParameter.OPIOID_REFERENCE), FixedPoint.ONE_PPM, potencyPpm));
        } else {
            reference = p.get(PatientParameter.of(drug, "reference_pg_per_ml"));
        }
        return new DrugKinetics(
                drug,
                p.get(PatientParameter.of(drug, "csf_volume_ul_per_kg")),
                p.get(PatientParameter.of(drug, "csf_clearance_nl_per_kg_per_min")),
                p.get(PatientParameter.of(drug, "effect_half_life_s")),
                reference);
    }

    /** Spinal-fluid volume of distribution of a patient: uL/kg x g is nL. */
    long volumeNl(long weightG) {
        return Math.multiplyExact(csfVolumeUlPerKg, weightG);
    }

    /** First-order elimination rate from the lumbar compartment, per microsecond: clearance / volume. */
    double eliminationPerUs() {
        return (double) csfClearanceNlPerKgPerMin / (csfVolumeUlPerKg * 1_000.0) / 60e6;
    }

    /** Steady-state lumbar concentration of a constant input of {@code pgPerDay}: input / clearance. */
    long steadyStatePgPerMl(long pgPerDay, long weightG) {
        // pg/day / (nL/kg/min x kg x 1440 min/day) = pg/nL; x 1e6 nL/mL. With weight in g, x 1e3 more.
        long clearanceNlPerDayPerKiloG =
                Math.multiplyExact(Math.multiplyExact(csfClearanceNlPerKgPerMin, weightG), 1_440L);
        return FixedPoint.mulDiv(pgPerDay, 1_000_000_000L, clearanceNlPerDayPerKiloG);
    }
}
