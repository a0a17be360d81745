package io.itddsim.bench.report;

import io.itddsim.bench.expect.AlarmChange;
import io.itddsim.bench.expect.FaultWindow;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.ObservedEvent;
import io.itddsim.bench.expect.Sample;
import io.itddsim.bench.expect.Signal;
import io.itddsim.bench.expect.Sounding;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.status.MotorState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plots of one scenario's run, each over sim time in days with the fault windows shaded:
 * reservoir actual against the pump's estimate, delivered against programmed, the motor with its
 * stalls, the battery, and the alarm timeline with every tone the pump played; with a patient, its
 * plots too ({@link PatientPlots}). Belief is drawn in solid lines, ground truth dashed; a signal the
 * target does not report is left out and said so.
 */
final class ScenarioPlots {
    static final double US_PER_DAY = 86_400e6;
    private static final double NL_PER_ML = 1e6;
    private static final Color BELIEF = new Color(0x1f77b4);
    static final Color BELIEF_2 = new Color(0x2ca02c);
    static final Color TRUTH = new Color(0xd62728);
    static final Color TRUTH_2 = new Color(0x9467bd);
    private static final Color FAULT_SHADE = new Color(255, 165, 0, 60);
    private static final Color CRITICAL = new Color(0xd62728);
    static final Color NON_CRITICAL = new Color(0xff7f0e);
    static final BasicStroke SOLID = new BasicStroke(1.6f);
    static final BasicStroke DASHED =
            new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    static final Font FONT = new Font("SansSerif", Font.PLAIN, 11);

    /** One plot: its title, and its SVG. */
    record Plot(String title, String svg) {}

    private ScenarioPlots() {}

    /** The plots of a run, their SVG ids starting with {@code idPrefix}. */
    static List<Plot> of(Observations run, String idPrefix) {
        List<Plot> plots = new ArrayList<>();
        plots.add(new Plot(
                "Reservoir: actual (ground truth) vs estimated by the pump",
                Svg.of(
                        volumes(run, "mL in the reservoir", Signal.RESERVOIR_ESTIMATE, Signal.RESERVOIR_ACTUAL),
                        idPrefix + "-reservoir",
                        Svg.HEIGHT)));
        plots.add(new Plot(
                "Delivered vs programmed",
                Svg.of(
                        volumes(
                                run,
                                "mL since the start",
                                Signal.PROGRAMMED,
                                Signal.COMMANDED,
                                Signal.INTRATHECAL,
                                Signal.ELSEWHERE),
                        idPrefix + "-delivery",
                        Svg.HEIGHT)));
        plots.add(new Plot("Motor and stalls", Svg.of(motor(run), idPrefix + "-motor", 200)));
        plots.add(new Plot("Battery", Svg.of(battery(run), idPrefix + "-battery", 200)));
        plots.add(new Plot(
                "Alarms and the tones the pump played", Svg.of(alarms(run), idPrefix + "-alarms", alarmHeight(run))));
        plots.addAll(PatientPlots.of(run, idPrefix));
        return plots;
    }

    private static JFreeChart volumes(Observations run, String axis, Signal... signals) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lines();
        int belief = 0;
        int truth = 0;
        for (Signal s : signals) {
            if (!run.observes(s)) {
                continue;
            }
            XYSeries series = series(run, s, s.key() + (s.groundTruth() ? " (ground truth)" : ""), NL_PER_ML);
            int i = data.getSeriesCount();
            data.addSeries(series);
            renderer.setSeriesPaint(
                    i, s.groundTruth() ? (truth++ == 0 ? TRUTH : TRUTH_2) : (belief++ == 0 ? BELIEF : BELIEF_2));
            renderer.setSeriesStroke(i, s.groundTruth() ? DASHED : SOLID);
        }
        XYPlot plot = timePlot(run, data, new NumberAxis(axis));
        plot.setRenderer(renderer);
        return chart(plot, true);
    }

    private static JFreeChart motor(Observations run) {
        XYSeriesCollection data = new XYSeriesCollection();
        if (run.observes(Signal.MOTOR)) {
            data.addSeries(steps(series(run, Signal.MOTOR, "motor (sampled)", 1)));
        }
        String[] states = new String[MotorState.values().length];
        for (MotorState m : MotorState.values()) {
            states[m.ordinal()] = m.name();
        }
        XYPlot plot = timePlot(run, data, new SymbolAxis("", states));
        XYLineAndShapeRenderer renderer = lines();
        renderer.setSeriesPaint(0, BELIEF);
        renderer.setSeriesStroke(0, SOLID);
        plot.setRenderer(renderer);
        for (ObservedEvent e : run.events()) {
            EventType t = e.event().type();
            if (t == EventType.MOTOR_STALL || t == EventType.MOTOR_STALL_RECOVERED) {
                marker(
                        plot,
                        e.timeUs(),
                        t == EventType.MOTOR_STALL ? CRITICAL : BELIEF_2,
                        1.2f,
                        t == EventType.MOTOR_STALL ? "stall" : "recovered");
            }
        }
        return chart(plot, false);
    }

    private static JFreeChart battery(Observations run) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = lines();
        if (run.observes(Signal.BATTERY_MEASURED)) {
            renderer.setSeriesPaint(data.getSeriesCount(), BELIEF);
            renderer.setSeriesStroke(data.getSeriesCount(), SOLID);
            data.addSeries(series(run, Signal.BATTERY_MEASURED, "battery_measured", 1));
        }
        if (run.observes(Signal.BATTERY_RESTING)) {
            renderer.setSeriesPaint(data.getSeriesCount(), TRUTH);
            renderer.setSeriesStroke(data.getSeriesCount(), DASHED);
            data.addSeries(series(run, Signal.BATTERY_RESTING, "battery_resting (ground truth)", 1));
        }
        NumberAxis mv = new NumberAxis("mV");
        mv.setAutoRangeIncludesZero(false);
        // a steady battery is a flat line, not a magnified wobble with every tick labelled "3.2E3"
        mv.setAutoRangeMinimumSize(100);
        mv.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = timePlot(run, data, mv);
        plot.setRenderer(renderer);
        return chart(plot, true);
    }

    /** A lane per alarm type that occurred: bars while it was active, and a tick for every tone. */
    private static JFreeChart alarms(Observations run) {
        List<AlarmType> lanes = lanes(run);
        String[] names = lanes.stream().map(AlarmType::name).toArray(String[]::new);
        XYIntervalSeriesCollection active = new XYIntervalSeriesCollection();
        XYIntervalSeries critical = new XYIntervalSeries("active, critical");
        XYIntervalSeries nonCritical = new XYIntervalSeries("active, non-critical");
        for (Map.Entry<AlarmType, List<long[]>> e : activeSpans(run).entrySet()) {
            int lane = lanes.indexOf(e.getKey());
            for (long[] span : e.getValue()) {
                XYIntervalSeries s = e.getKey().severity() == AlarmSeverity.CRITICAL ? critical : nonCritical;
                s.add(days(span[0]), days(span[0]), days(span[1]), lane, lane - 0.3, lane + 0.3);
            }
        }
        active.addSeries(critical);
        active.addSeries(nonCritical);
        XYPlot plot = timePlot(run, active, new SymbolAxis("", names.length == 0 ? new String[] {"(none)"} : names));
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setSeriesPaint(0, new Color(214, 39, 40, 90));
        bars.setSeriesPaint(1, new Color(255, 127, 14, 90));
        plot.setRenderer(0, bars);

        XYSeriesCollection tones = new XYSeriesCollection();
        XYSeries criticalTones = new XYSeries("tone, critical (two-tone)", false, true);
        XYSeries otherTones = new XYSeries("tone, non-critical", false, true);
        XYSeries tests = new XYSeries("alarm test", false, true);
        for (Sounding s : run.soundings()) {
            if (s.test()) {
                tests.add(days(s.timeUs()), -0.4);
                continue;
            }
            for (AlarmType t : s.alarms()) {
                (t.severity() == AlarmSeverity.CRITICAL ? criticalTones : otherTones)
                        .add(days(s.timeUs()), lanes.indexOf(t));
            }
        }
        tones.addSeries(criticalTones);
        tones.addSeries(otherTones);
        tones.addSeries(tests);
        XYLineAndShapeRenderer ticks = new XYLineAndShapeRenderer(false, true);
        Rectangle tick = new Rectangle(-1, -6, 2, 12);
        for (int i = 0; i < 3; i++) {
            ticks.setSeriesShape(i, tick);
        }
        ticks.setSeriesPaint(0, CRITICAL);
        ticks.setSeriesPaint(1, NON_CRITICAL);
        ticks.setSeriesPaint(2, Color.GRAY);
        plot.setDataset(1, tones);
        plot.setRenderer(1, ticks);
        return chart(plot, true);
    }

    private static int alarmHeight(Observations run) {
        return 130 + 30 * Math.max(1, lanes(run).size());
    }

    private static List<AlarmType> lanes(Observations run) {
        List<AlarmType> lanes = new ArrayList<>();
        for (AlarmType t : AlarmType.values()) {
            boolean seen = run.alarms().stream().anyMatch(a -> a.type() == t)
                    || run.soundings().stream().anyMatch(s -> s.alarms().contains(t));
            if (seen) {
                lanes.add(t);
            }
        }
        return lanes;
    }

    /** Per alarm type, the spans from raise to clear (or the end of the run). */
    private static Map<AlarmType, List<long[]>> activeSpans(Observations run) {
        Map<AlarmType, List<long[]>> spans = new LinkedHashMap<>();
        Map<AlarmType, Long> open = new LinkedHashMap<>();
        for (AlarmChange a : run.alarms()) {
            if (a.transition() == AlarmChange.Transition.RAISED) {
                open.putIfAbsent(a.type(), a.timeUs());
            } else if (a.transition() == AlarmChange.Transition.CLEARED && open.containsKey(a.type())) {
                spans.computeIfAbsent(a.type(), k -> new ArrayList<>())
                        .add(new long[] {open.remove(a.type()), a.timeUs()});
            }
        }
        open.forEach((type, from) ->
                spans.computeIfAbsent(type, k -> new ArrayList<>()).add(new long[] {from, run.durationUs()}));
        return spans;
    }

    /** A labelled vertical line at an instant. */
    static void marker(XYPlot plot, long timeUs, Color paint, float width, String label) {
        ValueMarker m = new ValueMarker(days(timeUs));
        m.setPaint(paint);
        m.setStroke(new BasicStroke(width));
        m.setLabel(label);
        m.setLabelFont(FONT);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m, Layer.FOREGROUND);
    }

    /** Lines drawn as one SVG path per series, not a line element per segment (a report of megabytes). */
    static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** A state held until the next sample: each change drawn as a vertical step. */
    private static XYSeries steps(XYSeries sampled) {
        XYSeries out = new XYSeries(sampled.getKey(), false, true);
        for (int i = 0; i < sampled.getItemCount(); i++) {
            if (i > 0) {
                out.add(sampled.getX(i), sampled.getY(i - 1));
            }
            out.add(sampled.getX(i), sampled.getY(i));
        }
        return out;
    }

    static XYSeries series(Observations run, Signal s, String name, double divisor) {
        XYSeries series = new XYSeries(name, false, true);
        for (Sample sample : run.samples()) {
            if (sample.has(s)) {
                series.add(days(sample.timeUs()), sample.value(s) / divisor);
            }
        }
        return series;
    }

    /** A plot over sim days with every fault window shaded and labelled. */
    static XYPlot timePlot(Observations run, org.jfree.data.xy.XYDataset data, NumberAxis range) {
        NumberAxis time = new NumberAxis("sim time (days)");
        time.setRange(0, Math.max(days(run.durationUs()), 1e-6));
        time.setLabelFont(FONT);
        time.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        range.setTickLabelFont(FONT);
        XYPlot plot = new XYPlot(data, time, range, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        for (FaultWindow f : run.faults()) {
            long to = f.toUs() < 0 ? run.durationUs() : f.toUs();
            IntervalMarker shade = new IntervalMarker(days(f.fromUs()), days(Math.max(to, f.fromUs())));
            shade.setPaint(FAULT_SHADE);
            shade.setLabel("fault " + f.name() + (f.toUs() == FaultWindow.UNKNOWN ? " (end not reported)" : ""));
            shade.setLabelFont(FONT);
            shade.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            shade.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(shade, Layer.BACKGROUND);
        }
        return plot;
    }

    static JFreeChart chart(XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            chart.getLegend().setItemFont(FONT);
        }
        return chart;
    }

    static double days(long us) {
        return us / US_PER_DAY;
    }
}
