package io.itddsim.bench.report;

import io.itddsim.bench.expect.AlarmChange;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.PatientCourse;
import io.itddsim.bench.expect.Signal;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Syndrome;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The simulated patient's plots, for a run with a patient on a target that reports it: the
 * spinal-fluid concentrations with the level the patient is adapted to, and the clinical states'
 * grades with the withdrawal drive and the first raise of each pump alarm, over sim time with the
 * fault windows shaded as on every plot.
 * All of it is simulated ground truth (docs/PATIENT.md); a run without a patient has none of them.
 */
final class PatientPlots {
    private static final double PG_PER_NG = 1_000;
    private static final double PPM_PER_PERCENT = 10_000;
    private static final Color BROWN = new Color(0x8c564b);
    private static final Color GREY = new Color(0x7f7f7f);
    /** Each state's line is lifted a little, so states at the same grade stay apart. */
    private static final double LANE_LIFT = 0.05;

    private PatientPlots() {}

    static List<ScenarioPlots.Plot> of(Observations run, String idPrefix) {
        if (!run.observes(Signal.PATIENT_CSF) || !run.patient().present()) {
            return List.of();
        }
        return List.of(
                new ScenarioPlots.Plot(
                        "Patient: spinal-fluid concentrations (simulated ground truth)",
                        Svg.of(concentrations(run), idPrefix + "-patient-csf", Svg.HEIGHT)),
                new ScenarioPlots.Plot(
                        "Patient: clinical states and withdrawal drive (simulated ground truth)",
                        Svg.of(states(run), idPrefix + "-patient-states", Svg.HEIGHT)));
    }

    private static JFreeChart concentrations(Observations run) {
        List<Signal> shown = new ArrayList<>(List.of(Signal.PATIENT_CSF, Signal.PATIENT_EFFECT_SITE));
        Map<Syndrome, Integer> followed = run.patient().atStart();
        if (followed.containsKey(Syndrome.OPIOID_OVERDOSE)) {
            shown.add(Signal.PATIENT_ROSTRAL); // only opioids have a rostral compartment
        }
        if (adapts(followed)) {
            shown.add(Signal.PATIENT_TOLERANCE);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = ScenarioPlots.lines();
        for (Signal s : shown) {
            int i = data.getSeriesCount();
            data.addSeries(ScenarioPlots.series(run, s, s.key(), PG_PER_NG));
            renderer.setSeriesPaint(i, colour(s));
            // the adapted level is a level the body holds, not a concentration: drawn apart
            renderer.setSeriesStroke(i, s == Signal.PATIENT_TOLERANCE ? ScenarioPlots.DASHED : ScenarioPlots.SOLID);
        }
        XYPlot plot = ScenarioPlots.timePlot(run, data, new NumberAxis("ng/mL"));
        plot.setRenderer(renderer);
        return ScenarioPlots.chart(plot, true);
    }

    /** Grades as steps at their exact times (the course), the withdrawal drive on an axis of its own. */
    private static JFreeChart states(Observations run) {
        PatientCourse course = run.patient();
        XYSeriesCollection grades = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = ScenarioPlots.lines();
        int lane = 0;
        for (Syndrome s : course.atStart().keySet()) {
            grades.addSeries(steps(course, s, run.durationUs(), lane * LANE_LIFT));
            renderer.setSeriesPaint(lane, colour(s));
            renderer.setSeriesStroke(lane, ScenarioPlots.SOLID);
            lane++;
        }
        SymbolAxis gradeAxis = new SymbolAxis("grade", new String[] {"0 absent", "1", "2", "3"});
        gradeAxis.setGridBandsVisible(false);
        XYPlot plot = ScenarioPlots.timePlot(run, grades, gradeAxis);
        gradeAxis.setRange(-0.2, 3.4);
        plot.setRenderer(renderer);
        alarmRaises(run, plot);
        if (adapts(course.atStart())) {
            XYSeriesCollection drive = new XYSeriesCollection();
            drive.addSeries(ScenarioPlots.series(
                    run, Signal.PATIENT_WITHDRAWAL_DRIVE, Signal.PATIENT_WITHDRAWAL_DRIVE.key(), PPM_PER_PERCENT));
            NumberAxis percent = new NumberAxis("withdrawal drive (%)");
            percent.setRange(0, 100);
            percent.setLabelFont(ScenarioPlots.FONT);
            percent.setTickLabelFont(ScenarioPlots.FONT);
            plot.setRangeAxis(1, percent);
            plot.setDataset(1, drive);
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer driveLine = ScenarioPlots.lines();
            driveLine.setSeriesPaint(0, GREY);
            driveLine.setSeriesStroke(0, ScenarioPlots.DASHED);
            plot.setRenderer(1, driveLine);
        }
        return ScenarioPlots.chart(plot, true);
    }

    /** A state's grade from the start to the end of the run, each change a vertical step. */
    private static XYSeries steps(PatientCourse course, Syndrome s, long endUs, double lift) {
        XYSeries out = new XYSeries(s.key(), false, true);
        int grade = course.atStart().get(s);
        out.add(0, grade + lift);
        for (ClinicalTransition c : course.changes()) {
            if (c.syndrome() == s) {
                out.add(ScenarioPlots.days(c.timeUs()), c.fromGrade() + lift);
                out.add(ScenarioPlots.days(c.timeUs()), c.toGrade() + lift);
                grade = c.toGrade();
            }
        }
        out.add(ScenarioPlots.days(endUs), grade + lift);
        return out;
    }

    /** The first raise of each alarm type, so the pump's warnings stand beside the patient's course. */
    private static void alarmRaises(Observations run, XYPlot plot) {
        Set<AlarmType> shown = EnumSet.noneOf(AlarmType.class);
        for (AlarmChange a : run.alarms()) {
            if (a.transition() == AlarmChange.Transition.RAISED && shown.add(a.type())) {
                ScenarioPlots.marker(
                        plot,
                        a.timeUs(),
                        a.type().severity() == AlarmSeverity.CRITICAL
                                ? ScenarioPlots.TRUTH
                                : ScenarioPlots.NON_CRITICAL,
                        1f,
                        "alarm " + a.type());
            }
        }
    }

    private static boolean adapts(Map<Syndrome, Integer> followed) {
        return followed.containsKey(Syndrome.OPIOID_WITHDRAWAL) || followed.containsKey(Syndrome.BACLOFEN_WITHDRAWAL);
    }

    private static Color colour(Signal s) {
        return switch (s) {
            case PATIENT_EFFECT_SITE -> ScenarioPlots.TRUTH_2;
            case PATIENT_ROSTRAL -> BROWN;
            case PATIENT_TOLERANCE -> GREY;
            default -> ScenarioPlots.TRUTH;
        };
    }

    private static Color colour(Syndrome s) {
        return switch (s) {
            case THERAPEUTIC_EFFECT -> ScenarioPlots.BELIEF_2;
            case OPIOID_OVERDOSE -> ScenarioPlots.TRUTH;
            case OPIOID_WITHDRAWAL, BACLOFEN_WITHDRAWAL -> ScenarioPlots.NON_CRITICAL;
        };
    }
}
