package io.itddsim.fleet.report;

import io.itddsim.fleet.stats.Rates;
import io.itddsim.fleet.stats.Summary;
import io.itddsim.fleet.stats.SurvivalCurve;
import io.itddsim.fleet.study.CohortResult;
import io.itddsim.fleet.study.EpisodeStats;
import io.itddsim.fleet.study.FieldCheck;
import io.itddsim.fleet.study.FieldFigures;
import io.itddsim.fleet.study.FleetResult;
import io.itddsim.fleet.study.MechanismStats;
import java.util.Locale;
import java.util.Map;

/**
 * The study as one self-contained HTML page: no scripts, no external files, the survival curves as
 * inline SVG with the field's figures drawn on them, then the tables a reliability engineer asks
 * for. Deterministic: the same study gives the same bytes (no dates, fixed SVG ids).
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(FleetResult r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(r.study()))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}\n")
                .append(
                        "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;")
                .append("text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append(".ok{color:#1b6e2a;font-weight:bold}.no{color:#a4161a;font-weight:bold}\n")
                .append("h2{margin-top:2.5rem;border-bottom:1px solid #ccc}figure{margin:1rem 0}")
                .append("figcaption{font-size:.9rem;color:#555}\n</style>\n</head>\n<body>\n");
        h.append("<h1>")
                .append(esc(r.study()))
                .append("</h1>\n<p>Fleet file <code>")
                .append(esc(r.source()))
                .append("</code>, seed ")
                .append(r.seed())
                .append(": ")
                .append(r.pumps())
                .append(" pumps, ")
                .append(fmt("%.0f", r.patientYears()))
                .append(
                        " patient-years on the emulator. Each pump re-runs alone with <code>itdd fleet pump</code>.</p>\n");
        checks(h, r);
        int i = 0;
        for (CohortResult c : r.cohorts()) {
            cohort(h, c, "km" + i++ + "-");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void checks(StringBuilder h, FleetResult r) {
        if (r.checks().isEmpty()) {
            return;
        }
        h.append("<h2>The field's figures</h2>\n<table>\n<tr><th>cohort</th><th>quantity</th><th>field</th>"
                + "<th>study (95% interval)</th><th>reproduced?</th></tr>\n");
        for (FieldCheck c : r.checks()) {
            h.append("<tr><td>")
                    .append(esc(c.cohort()))
                    .append("</td><td>")
                    .append(esc(c.quantity()))
                    .append("</td><td class=\"n\">")
                    .append(c.proportion() ? pct(c.field()) : fmt("%.4f", c.field()))
                    .append("<br><small>")
                    .append(esc(c.source()))
                    .append("</small></td><td class=\"n\">")
                    .append(c.proportion() ? interval(c.simulated()) : intervalPlain(c.simulated()))
                    .append("</td><td>")
                    .append(c.reproduced() ? "<span class=\"ok\">yes</span>" : "<span class=\"no\">no</span>")
                    .append("<br><small>")
                    .append(esc(c.criterion()))
                    .append("</small></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void cohort(StringBuilder h, CohortResult c, String svgPrefix) {
        h.append("<h2>Cohort ").append(esc(c.name())).append("</h2>\n<table>\n");
        row(h, "pumps (off-label)", c.pumps() + " (" + c.offLabel() + ")");
        row(h, "patient-years", fmt("%.1f", c.patientYears()));
        row(h, "failures (non-recoverable stalls)", Integer.toString(c.failures()));
        row(h, "prevalence of failure", interval(c.prevalence()));
        row(h, "pumps with any stall", interval(c.anyStall()));
        row(h, "failures per patient-year", intervalPlain(c.incidence()));
        for (Map.Entry<String, SurvivalCurve> e : c.curves().entrySet()) {
            SurvivalCurve.Step s = e.getValue().at(FieldFigures.SIX_YEARS_DAYS);
            if (e.getValue().followedTo() >= FieldFigures.SIX_YEARS_DAYS) {
                row(
                        h,
                        "freedom from failure at 6 years, " + e.getKey(),
                        interval(new Rates.Interval(s.survival(), s.lower(), s.upper())));
            }
        }
        h.append("</table>\n<figure>\n")
                .append(SurvivalChart.svg(c, svgPrefix))
                .append("\n<figcaption>Kaplan-Meier estimate of freedom from non-recoverable stall by age"
                        + " since implant, with 95% bands (Greenwood, log-log). Squares and circles: the field's"
                        + " figures at 6 years and 78 months (docs/DOMAIN.md 4, 9).</figcaption>\n</figure>\n");
        h.append("<h3>Causes of failure</h3>\n<table>\n<tr><th>cause</th><th>failures</th><th>share</th></tr>\n");
        for (Map.Entry<String, Integer> e : c.causes().entrySet()) {
            h.append("<tr><td>")
                    .append(esc(e.getKey()))
                    .append("</td><td class=\"n\">")
                    .append(e.getValue())
                    .append("</td><td class=\"n\">")
                    .append(pct((double) e.getValue() / c.failures()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!c.catheterStalls().isEmpty()) {
            h.append("<p>Not failures: pumps whose motor stalled for good against a catheter complication (a"
                    + " revision would relieve it; censored at the stall): ");
            c.catheterStalls()
                    .forEach((k, v) -> h.append(esc(k)).append(" ").append(v).append("; "));
            h.append("</p>\n");
        }
        mechanisms(h, c);
        patients(h, c);
        h.append("<h3>Supervision</h3>\n<table>\n");
        row(h, "refill checks (flagged)", c.refillChecks() + " (" + c.refillsFlagged() + ")");
        for (Map.Entry<String, Integer> e : c.alarms().entrySet()) {
            row(h, "alarms raised: " + e.getKey(), Integer.toString(e.getValue()));
        }
        row(h, "alarm patterns sounded", Long.toString(c.annunciations()));
        row(h, "pumps at the elective replacement indicator", Integer.toString(c.batteryEri()));
        row(h, "low battery resets", Long.toString(c.lowBatteryResets()));
        for (Map.Entry<String, Integer> e : c.exits().entrySet()) {
            row(h, "left the study: " + e.getKey().replace('_', ' '), Integer.toString(e.getValue()));
        }
        row(
                h,
                "volume prescribed / to the spinal fluid / elsewhere",
                fmt("%.1f / %.1f / %.1f mL", c.programmedMl(), c.intrathecalMl(), c.elsewhereMl()));
        h.append("</table>\n");
    }

    private static void mechanisms(StringBuilder h, CohortResult c) {
        h.append("<h3>Mechanisms: what the pumps noticed, and what it cost</h3>\n<table>\n<tr><th>mechanism</th>"
                + "<th>armed</th><th>detected</th><th>by</th><th>latency, days (median / p90)</th>"
                + "<th>therapy lost until the pump noticed, days (median / p90)</th>"
                + "<th>until the next visit, days (median / p90)</th><th>failures</th></tr>\n");
        for (MechanismStats m : c.mechanisms()) {
            h.append("<tr><td>")
                    .append(esc(m.name()))
                    .append("<br><small>")
                    .append(esc(m.fault()))
                    .append("</small></td><td class=\"n\">")
                    .append(m.armed())
                    .append("</td><td class=\"n\">")
                    .append(m.detected())
                    .append("</td><td>");
            m.detectedBy()
                    .forEach((k, v) -> h.append(esc(k)).append(": ").append(v).append("<br>"));
            h.append("</td><td class=\"n\">")
                    .append(summary(m.latencyDays()))
                    .append("</td><td class=\"n\">")
                    .append(summary(m.lostUntilDetectedDays()))
                    .append("</td><td class=\"n\">")
                    .append(summary(m.lostUntilVisitDays()))
                    .append("</td><td class=\"n\">")
                    .append(m.failures())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void patients(StringBuilder h, CohortResult c) {
        if (c.patients() == 0) {
            return;
        }
        h.append("<h3>Patients: overdose and withdrawal</h3>\n<p>")
                .append(c.patients())
                .append(" simulated patients (docs/PATIENT.md); ground truth that no clinician in the study sees."
                        + " Onset is counted from the cause's first change of delivery.</p>\n<table>\n<tr>"
                        + "<th>state</th><th>patients followed</th><th>affected</th><th>episodes</th>"
                        + "<th>by worst grade</th><th>by cause</th><th>pump noticed first</th>"
                        + "<th>onset after the cause, days (median / p90)</th>"
                        + "<th>duration, days (median / p90)</th><th>ongoing at the end</th></tr>\n");
        for (EpisodeStats e : c.patientEpisodes()) {
            h.append("<tr><td>")
                    .append(esc(e.syndrome()))
                    .append("</td><td class=\"n\">")
                    .append(e.patientsFollowed())
                    .append("</td><td class=\"n\">")
                    .append(e.patientsAffected())
                    .append("</td><td class=\"n\">")
                    .append(e.episodes())
                    .append("</td><td>");
            e.byWorstGrade()
                    .forEach((k, v) -> h.append("grade ")
                            .append(esc(k))
                            .append(": ")
                            .append(v)
                            .append("<br>"));
            h.append("</td><td>");
            e.byCause()
                    .forEach((k, v) -> h.append(esc(k)).append(": ").append(v).append("<br>"));
            h.append("</td><td class=\"n\">")
                    .append(e.pumpNoticedFirst())
                    .append("</td><td class=\"n\">")
                    .append(summary(e.onsetAfterCauseDays()))
                    .append("</td><td class=\"n\">")
                    .append(summary(e.durationDays()))
                    .append("</td><td class=\"n\">")
                    .append(e.ongoing())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>")
                .append(esc(label))
                .append("</th><td class=\"n\">")
                .append(value)
                .append("</td></tr>\n");
    }

    private static String summary(Summary s) {
        return s.count() == 0 ? "-" : fmt("%.1f / %.1f", s.median(), s.p90());
    }

    private static String interval(Rates.Interval i) {
        return Double.isNaN(i.value()) ? "-" : pct(i.value()) + " (" + pct(i.lower()) + " to " + pct(i.upper()) + ")";
    }

    private static String intervalPlain(Rates.Interval i) {
        return Double.isNaN(i.value()) ? "-" : fmt("%.4f (%.4f to %.4f)", i.value(), i.lower(), i.upper());
    }

    private static String pct(double v) {
        return fmt("%.2f%%", v * 100);
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
