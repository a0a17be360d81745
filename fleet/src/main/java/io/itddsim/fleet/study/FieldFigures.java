package io.itddsim.fleet.study;

/**
 * The field's figures a fleet study is checked against, with their sources (docs/DOMAIN.md 4 and 9).
 * Ages are days since implant.
 */
public final class FieldFigures {
    public static final double DAYS_PER_YEAR = 365.25;
    /** 6 years. */
    public static final double SIX_YEARS_DAYS = 6 * DAYS_PER_YEAR;
    /** 78 months. */
    public static final double SEVENTY_EIGHT_MONTHS_DAYS = 6.5 * DAYS_PER_YEAR;

    /** Freedom from non-recoverable stall at 6 years, on-label drugs [C] Hong Kong MDD 2017. */
    public static final double SURVIVAL_6Y_ON_LABEL = 0.973;
    /** The same with off-label drugs. */
    public static final double SURVIVAL_6Y_OFF_LABEL = 0.911;
    /** Failed at 78 months with approved drugs [C] FDA class I recall 2012. */
    public static final double FAILED_78M_ON_LABEL = 0.024;
    /** The same with unapproved drugs. */
    public static final double FAILED_78M_OFF_LABEL = 0.070;

    /** Causes in returned stalled pumps [C] Medtronic 2017; the rest (25%) is other or unknown. */
    public static final double CAUSE_SHAFT_WEAR = 0.59;

    public static final double CAUSE_FEEDTHROUGH_SHORT = 0.14;
    public static final double CAUSE_GEAR_CORROSION = 0.02;
    public static final double CAUSE_OTHER = 0.25;
    /**
     * [A] How far a simulated cause share may be from the field's: 5 percentage points, about the
     * 95% sampling half-width of a share near 59% among the ~300 failures of the bundled study.
     */
    public static final double CAUSE_TOLERANCE = 0.05;

    /** Share of the centre's pumps that stalled [C] Galica et al. 2016. */
    public static final double GALICA_PREVALENCE = 0.0903;
    /** Failures per patient-year at the centre [C] Galica et al. 2016. */
    public static final double GALICA_INCIDENCE_PER_PATIENT_YEAR = 0.04;

    private FieldFigures() {}
}
