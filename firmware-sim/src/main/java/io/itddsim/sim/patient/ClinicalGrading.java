package io.itddsim.sim.patient;

/**
 * The mapping from concentrations and adaptation to graded clinical states (docs/PATIENT.md,
 * "Clinical states"), all of it an assumption of ours with its reasons in {@link PatientParameter}:
 *
 * <ul>
 *   <li>therapeutic effect: the effect-site concentration as a share of the reference plus the
 *       adapted level (a tolerant patient needs more for the same relief);
 *   <li>opioid overdose: the rostral concentration as a share of the rostral ratio times the same
 *       sum, so that it lags the lumbar level by hours (delayed respiratory depression) and a
 *       tolerant patient bears more;
 *   <li>withdrawal: the withdrawal drive ({@link Adaptation}).
 * </ul>
 */
final class ClinicalGrading implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final DrugClass drugClass;
    private final long referencePgPerMl;
    private final long[] therapeuticPpm;
    private final long[] overdosePpm;
    private final long[] withdrawalPpm;

    ClinicalGrading(DrugKinetics k, PatientParameters p) {
        this.drugClass = k.drug().drugClass();
        this.referencePgPerMl = k.referencePgPerMl();
        this.therapeuticPpm = new long[] {
            p.get(PatientParameter.THERAPEUTIC_PARTIAL_PPM), p.get(PatientParameter.THERAPEUTIC_FULL_PPM)
        };
        this.overdosePpm = new long[] {
            p.get(PatientParameter.OPIOID_OVERDOSE_GRADE_1),
            p.get(PatientParameter.OPIOID_OVERDOSE_GRADE_2),
            p.get(PatientParameter.OPIOID_OVERDOSE_GRADE_3)
        };
        this.withdrawalPpm = drugClass == DrugClass.BACLOFEN
                ? new long[] {
                    p.get(PatientParameter.BACLOFEN_WITHDRAWAL_GRADE_1),
                    p.get(PatientParameter.BACLOFEN_WITHDRAWAL_GRADE_2),
                    p.get(PatientParameter.BACLOFEN_WITHDRAWAL_GRADE_3)
                }
                : new long[] {
                    p.get(PatientParameter.OPIOID_WITHDRAWAL_GRADE_1),
                    p.get(PatientParameter.OPIOID_WITHDRAWAL_GRADE_2),
                    p.get(PatientParameter.OPIOID_WITHDRAWAL_GRADE_3)
                };
    }

    /** The grade of {@code syndrome} in this state of the compartments and the adaptation. */
    int grade(Syndrome syndrome, CsfCompartments csf, Adaptation a) {
        long scale = Math.addExact(referencePgPerMl, a.adaptedPgPerMl());
        return switch (syndrome) {
            case THERAPEUTIC_EFFECT ->
                reached(FixedPoint.mulDiv(csf.effectPgPerMl(), FixedPoint.ONE_PPM, scale), therapeuticPpm);
            case OPIOID_OVERDOSE ->
                reached(
                        FixedPoint.mulDiv(
                                csf.rostralPgPerMl(),
                                FixedPoint.ONE_PPM * FixedPoint.ONE_PPM,
                                Math.multiplyExact(csf.rostralRatioPpm(), scale)),
                        overdosePpm);
            case OPIOID_WITHDRAWAL, BACLOFEN_WITHDRAWAL -> reached(a.withdrawalDrivePpm(), withdrawalPpm);
        };
    }

    DrugClass drugClass() {
        return drugClass;
    }

    /** How many of the ascending thresholds {@code value} has reached. */
    private static int reached(long value, long[] thresholds) {
        int grade = 0;
        while (grade < thresholds.length && value >= thresholds[grade]) {
            grade++;
        }
        return grade;
    }
}
