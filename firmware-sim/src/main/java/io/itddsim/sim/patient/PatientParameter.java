package io.itddsim.sim.patient;

/**
 * Every number the patient model uses, with its unit, default, the range an override may take and
 * its source tag from DOMAIN.md: [C] confirmed by a public source, [S] from the seed documents,
 * [A] an assumption of ours, with the reason. docs/PATIENT.md lists the same table; a test keeps
 * the two in step. A scenario overrides any of them by key under {@code patient.parameters}.
 *
 * <p>Concentrations are picograms per millilitre (1 ng/mL = 1,000 pg/mL); shares and ratios are
 * parts per million of the patient's reference concentration plus adaptation (docs/PATIENT.md).
 */
public enum PatientParameter {

    // ---- the patient's own clock
    GRID_US(
            "grid_us",
            "us",
            60_000_000L,
            1_000_000L,
            3_600_000_000L,
            "[A] the patient advances once a minute of sim time, a tenth of the fastest effect half-life"
                    + " below, so the first-order steps stay close to the continuous model; a whole number of"
                    + " ticks"),
    THERAPEUTIC_PARTIAL_PPM(
            "therapeutic_partial_ppm",
            "ppm",
            150_000,
            1,
            10_000_000,
            "[A] effect-site concentration, as a share of reference plus adaptation, from which the drug"
                    + " gives some relief: 0.2 mg/day of morphine in an opioid-naive 70 kg patient reaches it"
                    + " (usual naive dose 0.2-1 mg/day, Infumorph label, DOMAIN.md 8)"),
    THERAPEUTIC_FULL_PPM(
            "therapeutic_full_ppm",
            "ppm",
            400_000,
            1,
            10_000_000,
            "[A] share from which the relief is full: 0.5 mg/day naive, or any steady dose the patient"
                    + " is adapted to above 0.7 mg/day"),

    // ---- morphine
    MORPHINE_CSF_VOLUME(
            "morphine.csf_volume_ul_per_kg",
            "uL/kg",
            900,
            100,
            10_000,
            "[C] Nordberg 1984: 0.88-1.06 mL/kg (DOMAIN.md 8); 0.90 taken so that, with the clearance"
                    + " below, the half-life (189 min) also falls in the reported 175-196 min"),
    MORPHINE_CSF_CLEARANCE(
            "morphine.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            3_300,
            10,
            1_000_000,
            "[C] Nordberg 1984: 2.81-3.41 uL/kg/min (DOMAIN.md 8)"),
    MORPHINE_EFFECT_HALF_LIFE(
            "morphine.effect_half_life_s",
            "s",
            1_800,
            1,
            100_000_000,
            "[A] the effect follows the lumbar concentration with half an hour's lag (effect compartment,"
                    + " ke0); DOMAIN.md has no ke0 for intrathecal morphine"),

    // ---- hydromorphone
    HYDROMORPHONE_CSF_VOLUME(
            "hydromorphone.csf_volume_ul_per_kg",
            "uL/kg",
            900,
            100,
            10_000,
            "[A] morphine's: no human CSF kinetics found (DOMAIN.md 8)"),
    HYDROMORPHONE_CSF_CLEARANCE(
            "hydromorphone.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            3_300,
            10,
            1_000_000,
            "[A] morphine's: no human CSF kinetics found (DOMAIN.md 8)"),
    HYDROMORPHONE_EFFECT_HALF_LIFE("hydromorphone.effect_half_life_s", "s", 1_800, 1, 100_000_000, "[A] morphine's"),
    HYDROMORPHONE_POTENCY(
            "hydromorphone.potency_ppm",
            "ppm",
            6_000_000,
            1_000,
            1_000_000_000,
            "[A] six times morphine at the same concentration: the 6:1 dose ratio of DOMAIN.md 8 [C],"
                    + " carried over to concentrations because the kinetics are taken as morphine's"),

    // ---- fentanyl
    FENTANYL_CSF_VOLUME("fentanyl.csf_volume_ul_per_kg", "uL/kg", 900, 100, 10_000, "[A] morphine's"),
    FENTANYL_CSF_CLEARANCE(
            "fentanyl.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            13_200,
            10,
            1_000_000,
            "[A] four times morphine's: lipophilic opioids leave the CSF faster, which is why morphine"
                    + " gives the cord the highest exposure ([C] Ummenhofer 2000, DOMAIN.md 8); the factor is"
                    + " ours"),
    FENTANYL_EFFECT_HALF_LIFE(
            "fentanyl.effect_half_life_s",
            "s",
            600,
            1,
            100_000_000,
            "[A] ten minutes: a lipophilic opioid reaches its site of action fast"),
    FENTANYL_POTENCY(
            "fentanyl.potency_ppm",
            "ppm",
            24_000_000,
            1_000,
            1_000_000_000,
            "[A] with the fourfold clearance, 50 mcg/day acts like 0.3 mg/day of morphine at steady"
                    + " state (a 6:1 daily-dose ratio); DOMAIN.md has no fentanyl conversion"),

    // ---- sufentanil
    SUFENTANIL_CSF_VOLUME("sufentanil.csf_volume_ul_per_kg", "uL/kg", 900, 100, 10_000, "[A] morphine's"),
    SUFENTANIL_CSF_CLEARANCE(
            "sufentanil.csf_clearance_nl_per_kg_per_min", "nL/kg/min", 13_200, 10, 1_000_000, "[A] fentanyl's"),
    SUFENTANIL_EFFECT_HALF_LIFE("sufentanil.effect_half_life_s", "s", 600, 1, 100_000_000, "[A] fentanyl's"),
    SUFENTANIL_POTENCY(
            "sufentanil.potency_ppm",
            "ppm",
            120_000_000,
            1_000,
            1_000_000_000,
            "[A] five times fentanyl's; DOMAIN.md has no sufentanil conversion"),

    // ---- baclofen
    BACLOFEN_CSF_VOLUME(
            "baclofen.csf_volume_ul_per_kg",
            "uL/kg",
            1_000,
            100,
            10_000,
            "[A] about 1 mL/kg, as morphine's (Nordberg 1984, DOMAIN.md 8); no baclofen volume in DOMAIN.md"),
    BACLOFEN_CSF_CLEARANCE(
            "baclofen.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            7_143,
            10,
            1_000_000,
            "[C] 0.013-0.08 L/h in 4 patients (DOMAIN.md 8): 0.03 L/h taken, per kg at 70 kg; with 1 mL/kg"
                    + " the half-life is 97 min (reported 0.9-5 h)"),
    BACLOFEN_EFFECT_HALF_LIFE(
            "baclofen.effect_half_life_s",
            "s",
            3_600,
            1,
            100_000_000,
            "[A] spasticity scores fit an effect-compartment model ([C] DOMAIN.md 8) whose ke0 DOMAIN.md"
                    + " does not give; an hour"),
    BACLOFEN_REFERENCE(
            "baclofen.reference_pg_per_ml",
            "pg/mL",
            200_000,
            1,
            1_000_000_000_000L,
            "[A] 0.2 ug/mL, the low end of the CSF levels measured at therapeutic doses (0.2-20 ug/mL,"
                    + " DOMAIN.md 8)"),

    // ---- ziconotide
    ZICONOTIDE_CSF_VOLUME(
            "ziconotide.csf_volume_ul_per_kg", "uL/kg", 1_000, 100, 10_000, "[A] about 1 mL/kg, as morphine's"),
    ZICONOTIDE_CSF_CLEARANCE(
            "ziconotide.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            2_511,
            10,
            1_000_000,
            "[C] CSF half-life 4.6 h (Prialt label, DOMAIN.md 8), turned into a clearance with the"
                    + " assumed 1 mL/kg"),
    ZICONOTIDE_EFFECT_HALF_LIFE(
            "ziconotide.effect_half_life_s",
            "s",
            7_200,
            1,
            100_000_000,
            "[A] two hours: ziconotide is titrated slowly and acts slowly"),
    ZICONOTIDE_REFERENCE(
            "ziconotide.reference_pg_per_ml",
            "pg/mL",
            10_000,
            1,
            1_000_000_000_000L,
            "[A] about the steady state of the 2.4 mcg/day starting dose (Prialt label, DOMAIN.md 7) in" + " 70 kg"),

    // ---- clonidine
    CLONIDINE_CSF_VOLUME(
            "clonidine.csf_volume_ul_per_kg", "uL/kg", 1_000, 100, 10_000, "[A] about 1 mL/kg, as morphine's"),
    CLONIDINE_CSF_CLEARANCE(
            "clonidine.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            8_000,
            10,
            1_000_000,
            "[A] a half-life of about 90 min; DOMAIN.md has no clonidine kinetics"),
    CLONIDINE_EFFECT_HALF_LIFE("clonidine.effect_half_life_s", "s", 1_800, 1, 100_000_000, "[A] morphine's"),
    CLONIDINE_REFERENCE(
            "clonidine.reference_pg_per_ml",
            "pg/mL",
            100_000,
            1,
            1_000_000_000_000L,
            "[A] 0.1 ug/mL; DOMAIN.md has no clonidine dose"),

    // ---- bupivacaine
    BUPIVACAINE_CSF_VOLUME(
            "bupivacaine.csf_volume_ul_per_kg", "uL/kg", 1_000, 100, 10_000, "[A] about 1 mL/kg, as morphine's"),
    BUPIVACAINE_CSF_CLEARANCE(
            "bupivacaine.csf_clearance_nl_per_kg_per_min",
            "nL/kg/min",
            10_000,
            10,
            1_000_000,
            "[A] a half-life of about 70 min; DOMAIN.md has no bupivacaine kinetics"),
    BUPIVACAINE_EFFECT_HALF_LIFE(
            "bupivacaine.effect_half_life_s",
            "s",
            600,
            1,
            100_000_000,
            "[A] ten minutes: a local anaesthetic acts fast"),
    BUPIVACAINE_REFERENCE(
            "bupivacaine.reference_pg_per_ml",
            "pg/mL",
            5_000_000,
            1,
            1_000_000_000_000L,
            "[A] half the steady state of 10 mg/day in 70 kg, the average dose ([S] seeds 2 and 4," + " DOMAIN.md 7)"),

    // ---- opioids: rostral spread, tolerance, overdose and withdrawal
    OPIOID_REFERENCE(
            "opioid.reference_pg_per_ml",
            "pg/mL",
            3_000_000,
            1,
            1_000_000_000_000L,
            "[A] the morphine concentration at which an opioid-naive patient's states are judged: the"
                    + " steady state of 1 mg/day in 70 kg with the kinetics above, the top of the usual naive"
                    + " dose (Infumorph label, DOMAIN.md 8); other opioids divide it by their potency"),
    OPIOID_ROSTRAL_RATIO(
            "opioid.rostral_ratio_ppm",
            "ppm",
            200_000,
            1,
            1_000_000,
            "[A] the rostral (brainstem) compartment holds a fifth of the lumbar concentration at steady"
                    + " state: concentration falls steeply with distance from the tip ([C] Ummenhofer 2000,"
                    + " DOMAIN.md 8)"),
    OPIOID_ROSTRAL_HALF_LIFE(
            "opioid.rostral_half_life_s",
            "s",
            25_200,
            1,
            100_000_000,
            "[A] 7 h: puts the rostral peak 6-7 h after a morphine bolus with a tail past 18 h, the delayed"
                    + " respiratory depression up to 24 h of the Infumorph label (DOMAIN.md 8)"),
    OPIOID_OVERDOSE_GRADE_1(
            "opioid.overdose_grade_1_ppm",
            "ppm",
            1_200_000,
            1,
            100_000_000,
            "[A] rostral share (rostral concentration over rostral ratio x (reference + tolerance)) from"
                    + " which sedation shows. Above 1.145, so a patient adapted to a steady dose shows no"
                    + " sign from any lasting change within the pump's 14.5% accuracy; an opioid-naive patient"
                    + " started at 1 mg/day of morphine shows none, at 2 mg/day sedation within a day (watch"
                    + " 24-72 h after starting, Infumorph label, DOMAIN.md 8)"),
    OPIOID_OVERDOSE_GRADE_2(
            "opioid.overdose_grade_2_ppm",
            "ppm",
            1_600_000,
            1,
            100_000_000,
            "[A] marked sedation, respiratory rate falling"),
    OPIOID_OVERDOSE_GRADE_3(
            "opioid.overdose_grade_3_ppm",
            "ppm",
            2_400_000,
            1,
            100_000_000,
            "[A] respiratory depression, stupor to coma: reached by a patient restarted at the old 10 mg/day"
                    + " after 5-7 days without drug (tolerance lost, DOMAIN.md 7), not after 1-3 days"),
    OPIOID_TOLERANCE_RISE_HALF_LIFE(
            "opioid.tolerance_rise_half_life_s",
            "s",
            604_800,
            1,
            1_000_000_000,
            "[A] tolerance moves half-way to a higher exposure in 7 days ('rises on drug over days');"
                    + " clinical dose escalation is slower still (1.2 to 5.1 mg/day over 24 months, [S]"
                    + " DOMAIN.md 7)"),
    OPIOID_TOLERANCE_LOSS_HALF_LIFE(
            "opioid.tolerance_loss_half_life_s",
            "s",
            172_800,
            1,
            1_000_000_000,
            "[A] half of it is lost in 2 days without drug, nine tenths in a week: after an empty pump the"
                    + " old dose depresses breathing ([S] DOMAIN.md 7)"),
    OPIOID_DEPENDENCE(
            "opioid.dependence_pg_per_ml",
            "pg/mL",
            1_500_000,
            1,
            1_000_000_000_000L,
            "[A] tolerance from which the patient withdraws when the drug falls: adapted to 0.5 mg/day of"
                    + " morphine or more"),
    OPIOID_WITHDRAWAL_RISE_HALF_LIFE(
            "opioid.withdrawal_rise_half_life_s",
            "s",
            14_400,
            1,
            1_000_000_000,
            "[A] the withdrawal drive follows the deficit with a 4 h half-life: after morphine stops, signs"
                    + " begin within about 6 h and autonomic signs follow within a day. No source gives an onset"
                    + " time (DOMAIN.md 8)"),
    OPIOID_WITHDRAWAL_FALL_HALF_LIFE(
            "opioid.withdrawal_fall_half_life_s",
            "s",
            3_600,
            1,
            1_000_000_000,
            "[A] resuming the opioid relieves withdrawal within hours"),
    OPIOID_WITHDRAWAL_GRADE_1(
            "opioid.withdrawal_grade_1_ppm",
            "ppm",
            300_000,
            1,
            1_000_000,
            "[A] withdrawal drive from which pain returns, with anxiety and yawning"),
    OPIOID_WITHDRAWAL_GRADE_2(
            "opioid.withdrawal_grade_2_ppm",
            "ppm",
            600_000,
            1,
            1_000_000,
            "[A] agitation and autonomic signs: sweating, fast heart rate, gooseflesh"),
    OPIOID_WITHDRAWAL_GRADE_3(
            "opioid.withdrawal_grade_3_ppm",
            "ppm",
            850_000,
            1,
            1_000_000,
            "[A] severe: vomiting, diarrhoea, dehydration"),

    // ---- baclofen: adaptation and withdrawal
    BACLOFEN_ADAPTATION_RISE_HALF_LIFE(
            "baclofen.adaptation_rise_half_life_s", "s", 604_800, 1, 1_000_000_000, "[A] as opioid tolerance: 7 days"),
    BACLOFEN_ADAPTATION_LOSS_HALF_LIFE(
            "baclofen.adaptation_loss_half_life_s",
            "s",
            604_800,
            1,
            1_000_000_000,
            "[A] 7 days: the dependence outlasts the drug for weeks"),
    BACLOFEN_DEPENDENCE(
            "baclofen.dependence_pg_per_ml",
            "pg/mL",
            50_000,
            1,
            1_000_000_000_000L,
            "[A] adaptation from which the patient withdraws: about 35 mcg/day in 70 kg, below the usual"
                    + " 90-800 mcg/day ([C] DOMAIN.md 7)"),
    BACLOFEN_WITHDRAWAL_RISE_HALF_LIFE(
            "baclofen.withdrawal_rise_half_life_s",
            "s",
            129_600,
            1,
            1_000_000_000,
            "[A] 36 h: after delivery stops the early signs come about 2 days later and the severe stage"
                    + " about 2 days after that; usual onset 48-96 h, sometimes 12 h, severe over 24-72 h"
                    + " ([C] DOMAIN.md 7 and 8)"),
    BACLOFEN_WITHDRAWAL_FALL_HALF_LIFE(
            "baclofen.withdrawal_fall_half_life_s",
            "s",
            21_600,
            1,
            1_000_000_000,
            "[A] resuming intrathecal baclofen reverses withdrawal within hours to a day"),
    BACLOFEN_WITHDRAWAL_GRADE_1(
            "baclofen.withdrawal_grade_1_ppm",
            "ppm",
            600_000,
            1,
            1_000_000,
            "[A] early: itching without a rash, returning spasticity, heart rate 120-140 ([C] DOMAIN.md 8)"),
    BACLOFEN_WITHDRAWAL_GRADE_2(
            "baclofen.withdrawal_grade_2_ppm",
            "ppm",
            850_000,
            1,
            1_000_000,
            "[A] severe: fever, rigidity, altered consciousness ([C] DOMAIN.md 8)"),
    BACLOFEN_WITHDRAWAL_GRADE_3(
            "baclofen.withdrawal_grade_3_ppm",
            "ppm",
            950_000,
            1,
            1_000_000,
            "[A] life-threatening: rhabdomyolysis, coagulation failure, organ failure ([C] DOMAIN.md 8)");

    private final String key;
    private final String unit;
    private final long defaultValue;
    private final long min;
    private final long max;
    private final String source;

    PatientParameter(String key, String unit, long defaultValue, long min, long max, String source) {
        this.key = key;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.source = source;
    }

    /** The scenario-file spelling, e.g. {@code morphine.csf_clearance_nl_per_kg_per_min}. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public long defaultValue() {
        return defaultValue;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    /** The DOMAIN.md tag and the reason, e.g. "[A] ...". */
    public String source() {
        return source;
    }

    /** Looks a parameter up by its scenario-file key; null when there is none. */
    public static PatientParameter byKey(String key) {
        for (PatientParameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** A drug's own parameter, e.g. {@code (MORPHINE, "csf_volume_ul_per_kg")}; null when it has none. */
    static PatientParameter of(Drug drug, String suffix) {
        return byKey(drug.key() + "." + suffix);
    }
}
