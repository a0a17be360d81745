package io.itddsim.fleet.study;

import static io.itddsim.fleet.study.FieldFigures.*;

import io.itddsim.fleet.spec.FieldReference;
import io.itddsim.fleet.stats.Rates;
import io.itddsim.fleet.stats.SurvivalCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts each cohort's figures next to the field's it is checked against (its {@code field_reference}):
 * survival at 6 years and failure at 78 months by label and the cause mix for the manufacturer's
 * fleet; prevalence and incidence for Galica's centre. Survival, failure, prevalence and incidence
 * are reproduced when the field's value lies in the study's 95% interval; a cause share when it is
 * within {@link FieldFigures#CAUSE_TOLERANCE} of the field's.
 */
final class FieldComparison {
    private FieldComparison() {}

    static List<FieldCheck> checks(List<CohortResult> cohorts) {
        List<FieldCheck> out = new ArrayList<>();
        for (CohortResult c : cohorts) {
            if (c.pumps() == 0) {
                continue; // a partial run (--first) that did not reach this cohort
            }
            if (c.reference() == FieldReference.MANUFACTURER) {
                manufacturer(c, out);
            } else if (c.reference() == FieldReference.GALICA) {
                galica(c, out);
            }
        }
        return out;
    }

    private static void manufacturer(CohortResult c, List<FieldCheck> out) {
        String hk = "Hong Kong MDD 2017 (DOMAIN.md 4)";
        String recall = "FDA class I recall 2012 (DOMAIN.md 9)";
        survival(
                c,
                "on-label",
                SIX_YEARS_DAYS,
                SURVIVAL_6Y_ON_LABEL,
                "freedom from non-recoverable stall at 6 years, on-label",
                hk,
                out);
        survival(
                c,
                "off-label",
                SIX_YEARS_DAYS,
                SURVIVAL_6Y_OFF_LABEL,
                "freedom from non-recoverable stall at 6 years, off-label",
                hk,
                out);
        failed(c, "on-label", FAILED_78M_ON_LABEL, "failed at 78 months, on-label", recall, out);
        failed(c, "off-label", FAILED_78M_OFF_LABEL, "failed at 78 months, off-label", recall, out);
        String returned = "Medtronic 2017 returned-pump analysis (DOMAIN.md 4)";
        cause(c, "shaft_wear", CAUSE_SHAFT_WEAR, "share of failures from shaft wear", returned, out);
        cause(
                c,
                "feedthrough_short",
                CAUSE_FEEDTHROUGH_SHORT,
                "share of failures from a feedthrough short",
                returned,
                out);
        cause(c, "gear_corrosion", CAUSE_GEAR_CORROSION, "share of failures from gear corrosion", returned, out);
        cause(c, "other", CAUSE_OTHER, "share of failures from other causes", returned, out);
    }

    private static void galica(CohortResult c, List<FieldCheck> out) {
        String galica = "Galica et al. 2016 (DOMAIN.md 4)";
        out.add(new FieldCheck(
                c.name(),
                "prevalence of non-recoverable stall",
                GALICA_PREVALENCE,
                galica,
                c.prevalence(),
                "field value in the 95% interval (Wilson)",
                c.prevalence().contains(GALICA_PREVALENCE),
                true));
        out.add(new FieldCheck(
                c.name(),
                "failures per patient-year",
                GALICA_INCIDENCE_PER_PATIENT_YEAR,
                galica,
                c.incidence(),
                "field value in the 95% interval (Poisson)",
                c.incidence().contains(GALICA_INCIDENCE_PER_PATIENT_YEAR),
                false));
    }

    private static void survival(
            CohortResult c, String group, double day, double field, String what, String source, List<FieldCheck> out) {
        SurvivalCurve curve = c.curves().get(group);
        if (curve == null || curve.followedTo() < day) {
            return; // not followed that long: nothing to compare
        }
        SurvivalCurve.Step s = curve.at(day);
        Rates.Interval sim = new Rates.Interval(s.survival(), s.lower(), s.upper());
        out.add(new FieldCheck(
                c.name(),
                what,
                field,
                source,
                sim,
                "field value in the 95% interval (Greenwood, log-log)",
                sim.contains(field),
                true));
    }

    private static void failed(
            CohortResult c, String group, double field, String what, String source, List<FieldCheck> out) {
        SurvivalCurve curve = c.curves().get(group);
        if (curve == null || curve.followedTo() < SEVENTY_EIGHT_MONTHS_DAYS) {
            return;
        }
        SurvivalCurve.Step s = curve.at(SEVENTY_EIGHT_MONTHS_DAYS);
        Rates.Interval sim = new Rates.Interval(1 - s.survival(), 1 - s.upper(), 1 - s.lower());
        out.add(new FieldCheck(
                c.name(),
                what,
                field,
                source,
                sim,
                "field value in the 95% interval (Greenwood, log-log); cannot hold together with the 6-year"
                        + " figures, which have more pumps failed by 72 months than this by 78 (docs/FLEET.md)",
                sim.contains(field),
                true));
    }

    private static void cause(
            CohortResult c, String group, double field, String what, String source, List<FieldCheck> out) {
        int n = c.failures();
        int k = c.causesByFault().getOrDefault(group, 0);
        Rates.Interval sim = Rates.proportion(k, n);
        boolean ok = n > 0 && Math.abs(sim.value() - field) <= CAUSE_TOLERANCE;
        out.add(new FieldCheck(
                c.name(),
                what,
                field,
                source,
                sim,
                String.format(Locale.ROOT, "within %.0f percentage points of the field's share", CAUSE_TOLERANCE * 100),
                ok,
                true));
    }
}
