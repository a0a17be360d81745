package io.itddsim.fleet.cli;

import io.itddsim.fleet.stats.Rates;
import io.itddsim.fleet.study.CohortResult;
import io.itddsim.fleet.study.EpisodeStats;
import io.itddsim.fleet.study.FieldCheck;
import io.itddsim.fleet.study.FleetResult;
import java.util.Locale;

/**
 * The few lines {@code itdd fleet run} prints: the field checks, then each cohort in brief (with its
 * patients' episodes when it has simulated patients).
 */
final class TextSummary {
    private TextSummary() {}

    static String render(FleetResult r) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                Locale.ROOT,
                "Study:   %s (%s), seed %d%nPumps:   %d, %.1f patient-years%n",
                r.study(),
                r.source(),
                r.seed(),
                r.pumps(),
                r.patientYears()));
        if (!r.checks().isEmpty()) {
            t.append("\nThe field's figures:\n");
            for (FieldCheck c : r.checks()) {
                t.append(String.format(
                        Locale.ROOT,
                        "  %-4s %-20s %-58s field %8s  study %s%n",
                        c.reproduced() ? "ok" : "MISS",
                        c.cohort(),
                        c.quantity(),
                        number(c.field()),
                        interval(c.simulated())));
            }
        }
        for (CohortResult c : r.cohorts()) {
            t.append(String.format(
                    Locale.ROOT,
                    "%nCohort %s: %d pumps (%d off-label), %.1f patient-years%n"
                            + "  failures %d, prevalence %s, per patient-year %s%n"
                            + "  causes %s%n  stalled against the catheter (no failure) %s%n"
                            + "  refill checks %d (%d flagged), alarms %s%n",
                    c.name(),
                    c.pumps(),
                    c.offLabel(),
                    c.patientYears(),
                    c.failures(),
                    interval(c.prevalence()),
                    interval(c.incidence()),
                    c.causes(),
                    c.catheterStalls(),
                    c.refillChecks(),
                    c.refillsFlagged(),
                    c.alarms()));
            if (c.patients() > 0) {
                t.append(String.format(Locale.ROOT, "  patients %d:", c.patients()));
                String sep = " ";
                for (EpisodeStats e : c.patientEpisodes()) {
                    t.append(String.format(
                            Locale.ROOT,
                            "%s%s %d episodes in %d of %d (worst grade %s)",
                            sep,
                            e.syndrome(),
                            e.episodes(),
                            e.patientsAffected(),
                            e.patientsFollowed(),
                            e.byWorstGrade()));
                    sep = "; ";
                }
                t.append(String.format("%n"));
            }
        }
        return t.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String interval(Rates.Interval i) {
        if (Double.isNaN(i.value())) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.4f (%.4f to %.4f)", i.value(), i.lower(), i.upper());
    }
}
