package io.itddsim.sim.patient;

import java.util.List;
import java.util.Locale;

/**
 * A clinical state the patient model follows, graded 0 (absent) to 3, with the signs each grade
 * stands for (DOMAIN.md 8; the mapping from concentrations to grades is in docs/PATIENT.md).
 */
public enum Syndrome {
    /** Pain relief (opioids, ziconotide, clonidine, bupivacaine) or spasticity control (baclofen). */
    THERAPEUTIC_EFFECT(List.of("none", "partial relief", "full relief")),
    /** Too much opioid at the brainstem: sedation, then respiratory depression, delayed up to 24 h. */
    OPIOID_OVERDOSE(List.of(
            "none",
            "sedation, small pupils",
            "marked sedation, respiratory rate falling",
            "respiratory depression, stupor to coma")),
    /** An opioid-tolerant patient deprived of the drug. */
    OPIOID_WITHDRAWAL(List.of(
            "none",
            "returning pain, anxiety, yawning",
            "agitation, sweating, fast heart rate, gooseflesh",
            "severe: vomiting, diarrhoea, dehydration")),
    /** A patient adapted to intrathecal baclofen deprived of it: life-threatening within days. */
    BACLOFEN_WITHDRAWAL(List.of(
            "none",
            "itching without a rash, returning spasticity, heart rate 120-140",
            "severe: fever, rigidity, altered consciousness",
            "rhabdomyolysis, coagulation failure, organ failure"));

    private final List<String> signs;

    Syndrome(List<String> signs) {
        this.signs = signs;
    }

    /** The highest grade this state takes. */
    public int maxGrade() {
        return signs.size() - 1;
    }

    /** What a grade looks like at the bedside; grade 0 is "none". */
    public String signs(int grade) {
        return signs.get(grade);
    }

    /** The spelling in reports and expectations, e.g. {@code baclofen_withdrawal}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of that spelling; null when there is none. */
    public static Syndrome byKey(String key) {
        for (Syndrome s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
