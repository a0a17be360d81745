package io.itddsim.fleet.spec;

import java.util.Locale;

/** Which of the field's figures (DOMAIN.md 4 and 9) a cohort is checked against. */
public enum FieldReference {
    /** None: a cohort of one's own. */
    NONE,
    /**
     * The manufacturer's fleet: freedom from non-recoverable stall at 6 years by label (Hong Kong
     * MDD 2017), failure at 78 months by label (2012 recall), causes in returned pumps (Medtronic 2017).
     */
    MANUFACTURER,
    /** Galica's single centre (2016): prevalence of stall and failures per patient-year. */
    GALICA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldReference byKey(String key) {
        for (FieldReference r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        return null;
    }
}
