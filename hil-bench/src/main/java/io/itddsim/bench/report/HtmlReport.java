package io.itddsim.bench.report;

import io.itddsim.bench.expect.CommandOutcome;
import io.itddsim.bench.expect.FaultWindow;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.ObservedEvent;
import io.itddsim.bench.expect.PatientCourse;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.bench.suite.BenchResult;
import io.itddsim.bench.suite.ConsoleSummary;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.bench.suite.SuiteResult;
import io.itddsim.sim.patient.ClinicalTransition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bench run as one self-contained HTML file: no scripts, no fonts or images to fetch, the
 * plots inline as SVG, so it opens offline in any browser and reads with JavaScript off. Per
 * scenario: its verdict table with the evidence, the plots over sim time with the fault windows
 * shaded, the faults, the simulated patient's course (when there is one), the timeline's answers
 * and the event log. Nothing in it depends on the host's
 * clock, so the same run writes the same bytes.
 */
public final class HtmlReport {
    /** Event log rows shown per scenario before the rest is summarised. */
    private static final int MAX_EVENTS = 200;

    private static final String STYLE = """
            body{font-family:sans-serif;margin:24px auto;max-width:980px;color:#222;line-height:1.4}
            h1{font-size:1.5em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
            h3{font-size:1.1em;margin-top:1.6em}h4{font-size:1em;margin:1.2em 0 .3em}
            table{border-collapse:collapse;width:100%;font-size:.9em;margin:.4em 0}
            th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.num{text-align:right;white-space:nowrap}
            .PASSED,.pass{background:#e3f4e1}.FAILED,.fail{background:#fbe0e0}
            .NOT_OBSERVABLE,.error{background:#fdf3d8}.badge{padding:1px 6px;border-radius:3px;font-weight:bold}
            .plot{margin:.6em 0}.note{color:#555;font-size:.9em}code{background:#f6f6f6;padding:0 3px}
            """;

    private HtmlReport() {}

    public static void write(BenchResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(result), StandardCharsets.UTF_8);
    }

    public static String render(BenchResult result) {
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>itdd bench report: ")
                .append(Html.escape(result.target()))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>itdd bench report</h1>\n<p id=\"totals\" class=\"")
                .append(result.passed() ? "pass" : "fail")
                .append("\">")
                .append(Html.escape(ConsoleSummary.totals(result)))
                .append("</p>\n");
        contents(b, result);
        int n = 0;
        for (SuiteResult suite : result.suites()) {
            b.append("<h2>Suite ").append(Html.escape(suite.name())).append("</h2>\n");
            for (ScenarioResult s : suite.scenarios()) {
                scenario(b, s, "s" + n++);
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void contents(StringBuilder b, BenchResult result) {
        b.append(
                "<table id=\"contents\">\n<tr><th>suite</th><th>scenario</th><th>verdict</th><th>expectations</th></tr>\n");
        int n = 0;
        for (SuiteResult suite : result.suites()) {
            for (ScenarioResult s : suite.scenarios()) {
                String verdict = verdict(s);
                b.append("<tr><td>")
                        .append(Html.escape(suite.name()))
                        .append("</td><td><a href=\"#s")
                        .append(n++)
                        .append("\">")
                        .append(Html.escape(s.scenario().fileName()))
                        .append("</a></td><td class=\"")
                        .append(verdict.toLowerCase(Locale.ROOT))
                        .append("\">")
                        .append(verdict)
                        .append("</td><td class=\"num\">")
                        .append(
                                s.errored()
                                        ? "-"
                                        : s.count(Verdict.Outcome.PASSED) + " / "
                                                + s.verdicts().size())
                        .append("</td></tr>\n");
            }
        }
        b.append("</table>\n");
    }

    private static String verdict(ScenarioResult s) {
        return s.errored() ? "ERROR" : s.passed() ? "PASS" : "FAIL";
    }

    private static void scenario(StringBuilder b, ScenarioResult s, String id) {
        b.append("<section id=\"")
                .append(id)
                .append("\" class=\"scenario\">\n<h3>")
                .append(Html.escape(s.scenario().plan().name()))
                .append(" <span class=\"badge ")
                .append(verdict(s).toLowerCase(Locale.ROOT))
                .append("\">")
                .append(verdict(s))
                .append("</span></h3>\n<p class=\"note\"><code>")
                .append(Html.escape(s.scenario().file().toString()))
                .append("</code>, seed ")
                .append(s.scenario().plan().setup().seed())
                .append(", ")
                .append(QuantityFormat.duration(s.scenario().plan().durationUs()))
                .append(" of sim time, sampled every ")
                .append(QuantityFormat.duration(s.scenario().sampleIntervalUs()))
                .append("</p>\n");
        if (s.errored()) {
            b.append("<p class=\"error\">The target could not run it: ")
                    .append(Html.escape(s.error()))
                    .append("</p>\n</section>\n");
            return;
        }
        verdicts(b, s.verdicts());
        Observations run = s.observations();
        for (String note : run.notes()) {
            b.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
        }
        for (ScenarioPlots.Plot plot : ScenarioPlots.of(run, id)) {
            b.append("<h4>")
                    .append(Html.escape(plot.title()))
                    .append("</h4>\n<div class=\"plot\">")
                    .append(plot.svg())
                    .append("</div>\n");
        }
        faults(b, run.faults());
        patientCourse(b, run.patient());
        commands(b, run.commands());
        events(b, run.events());
        b.append("</section>\n");
    }

    private static void verdicts(StringBuilder b, List<Verdict> verdicts) {
        b.append("<h4>Expectations</h4>\n");
        if (verdicts.isEmpty()) {
            b.append("<p class=\"note\">This scenario states no expectations; it ran to the end.</p>\n");
            return;
        }
        b.append("<table class=\"verdicts\">\n<tr><th>verdict</th><th>expectation</th><th>evidence</th>"
                + "<th>sim time</th><th>line</th></tr>\n");
        for (Verdict v : verdicts) {
            b.append("<tr class=\"")
                    .append(v.outcome())
                    .append("\"><td>")
                    .append(v.outcome().name().replace('_', ' '))
                    .append("</td><td>")
                    .append(Html.escape(v.expectation().label()))
                    .append("</td><td>")
                    .append(Html.escape(v.evidence()))
                    .append("</td><td class=\"num\">")
                    .append(v.atUs() == Verdict.NO_TIME ? "" : QuantityFormat.duration(v.atUs()))
                    .append("</td><td class=\"num\">")
                    .append(v.expectation().location().line())
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void faults(StringBuilder b, List<FaultWindow> faults) {
        if (faults.isEmpty()) {
            return;
        }
        b.append("<h4>Faults</h4>\n<table>\n<tr><th>name</th><th>fault</th><th>from</th><th>to</th></tr>\n");
        for (FaultWindow f : faults) {
            String to = f.toUs() == FaultWindow.OPEN
                    ? "end of run"
                    : f.toUs() == FaultWindow.UNKNOWN ? "not reported" : QuantityFormat.duration(f.toUs());
            b.append("<tr><td>")
                    .append(Html.escape(f.name() + (f.occurrence() == 0 ? "" : " #" + (f.occurrence() + 1))))
                    .append("</td><td>")
                    .append(f.kind().key())
                    .append("</td><td class=\"num\">")
                    .append(QuantityFormat.duration(f.fromUs()))
                    .append("</td><td class=\"num\">")
                    .append(to)
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** Every change of the simulated patient's clinical states, with the signs it stands for. */
    private static void patientCourse(StringBuilder b, PatientCourse course) {
        if (!course.present()) {
            return;
        }
        b.append("<h4>Patient (simulated ground truth)</h4>\n<p class=\"note\">At the start: ");
        List<String> start = new ArrayList<>();
        course.atStart().forEach((s, grade) -> start.add(s.key() + " " + grade + " (" + s.signs(grade) + ")"));
        b.append(Html.escape(String.join(", ", start))).append(".</p>\n");
        if (course.changes().isEmpty()) {
            b.append("<p class=\"note\">No clinical state changed grade.</p>\n");
            return;
        }
        b.append("<table>\n<tr><th>sim time</th><th>state</th><th>grade</th><th>signs</th></tr>\n");
        List<ClinicalTransition> shown = course.changes()
                .subList(0, Math.min(MAX_EVENTS, course.changes().size()));
        for (ClinicalTransition c : shown) {
            b.append("<tr><td class=\"num\">")
                    .append(QuantityFormat.duration(c.timeUs()))
                    .append("</td><td>")
                    .append(c.syndrome().key())
                    .append("</td><td class=\"num\">")
                    .append(c.fromGrade())
                    .append(" &rarr; ")
                    .append(c.toGrade())
                    .append("</td><td>")
                    .append(Html.escape(c.syndrome().signs(c.toGrade())))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (course.changes().size() > MAX_EVENTS) {
            b.append("<p class=\"note\">")
                    .append(course.changes().size() - MAX_EVENTS)
                    .append(" more changes not shown.</p>\n");
        }
    }

    private static void commands(StringBuilder b, List<CommandOutcome> commands) {
        if (commands.isEmpty()) {
            return;
        }
        b.append(
                "<h4>Timeline</h4>\n<table>\n<tr><th>entry</th><th>sim time</th><th>command</th><th>answer</th></tr>\n");
        for (CommandOutcome c : commands) {
            b.append("<tr><td>timeline[")
                    .append(c.timelineIndex())
                    .append("]</td><td class=\"num\">")
                    .append(QuantityFormat.duration(c.atUs()))
                    .append("</td><td>")
                    .append(Html.escape(c.command()))
                    .append("</td><td>")
                    .append(c.accepted() ? "accepted" : "refused: " + Html.escape(c.reason()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void events(StringBuilder b, List<ObservedEvent> events) {
        b.append("<h4>Event log</h4>\n");
        if (events.isEmpty()) {
            b.append("<p class=\"note\">The pump logged nothing.</p>\n");
            return;
        }
        b.append("<table>\n<tr><th>entry</th><th>sim time</th><th>event</th><th>value</th><th>detail</th></tr>\n");
        for (ObservedEvent e : events.subList(0, Math.min(MAX_EVENTS, events.size()))) {
            b.append("<tr><td class=\"num\">")
                    .append(e.index())
                    .append("</td><td class=\"num\">")
                    .append(QuantityFormat.duration(e.timeUs()))
                    .append("</td><td>")
                    .append(e.event().type())
                    .append("</td><td class=\"num\">")
                    .append(e.event().value())
                    .append("</td><td>")
                    .append(Html.escape(e.event().detail()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (events.size() > MAX_EVENTS) {
            b.append("<p class=\"note\">").append(events.size() - MAX_EVENTS).append(" more events not shown.</p>\n");
        }
    }
}
