package io.itddsim.fleet.report;

import io.itddsim.fleet.spec.FieldReference;
import io.itddsim.fleet.stats.SurvivalCurve;
import io.itddsim.fleet.study.CohortResult;
import io.itddsim.fleet.study.FieldFigures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A cohort's Kaplan-Meier curves as an inline SVG (JFreeChart drawn on JFreeSVG), with their 95%
 * bands and, for the manufacturer's fleet followed for 6 years or more, the field's figures drawn as
 * points on them. The SVG's
 * definition ids take a fixed prefix, so the same study draws the same bytes.
 */
final class SurvivalChart {
    static final int WIDTH = 760;
    static final int HEIGHT = 420;
    private static final Color[] COLOURS = {new Color(0x1f4e9a), new Color(0xb5361c), new Color(0x2b7a3d)};

    private SurvivalChart() {}

    static String svg(CohortResult cohort, String idPrefix) {
        XYSeriesCollection curves = new XYSeriesCollection();
        List<String> groups = groups(cohort);
        double lowest = 1.0;
        double lastDay = 0;
        for (String g : groups) {
            lastDay = Math.max(lastDay, cohort.curves().get(g).followedTo());
        }
        boolean drawField = cohort.reference() == FieldReference.MANUFACTURER && lastDay >= FieldFigures.SIX_YEARS_DAYS;
        if (drawField) {
            lastDay = Math.max(lastDay, FieldFigures.SEVENTY_EIGHT_MONTHS_DAYS);
        }
        for (String g : groups) {
            SurvivalCurve c = cohort.curves().get(g);
            curves.addSeries(series(g, c, lastDay, Band.ESTIMATE));
            curves.addSeries(series(g + " 95% lower", c, lastDay, Band.LOWER));
            curves.addSeries(series(g + " 95% upper", c, lastDay, Band.UPPER));
            for (SurvivalCurve.Step s : c.steps()) {
                lowest = Math.min(lowest, s.lower());
            }
        }
        XYStepRenderer stepRenderer = new XYStepRenderer();
        for (int i = 0; i < groups.size(); i++) {
            Color colour = COLOURS[i % COLOURS.length];
            Color light = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110);
            stepRenderer.setSeriesPaint(3 * i, colour);
            stepRenderer.setSeriesStroke(3 * i, new BasicStroke(2f));
            for (int b = 1; b <= 2; b++) {
                stepRenderer.setSeriesPaint(3 * i + b, light);
                stepRenderer.setSeriesStroke(
                        3 * i + b,
                        new BasicStroke(
                                1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                stepRenderer.setSeriesVisibleInLegend(3 * i + b, false);
            }
        }
        NumberAxis x = new NumberAxis("years since implant");
        double years = lastDay / FieldFigures.DAYS_PER_YEAR;
        x.setRange(0, years >= 2 ? Math.ceil(years) : Math.ceil(years * 12) / 12);
        NumberAxis y = new NumberAxis("freedom from non-recoverable stall");
        XYPlot plot = new XYPlot(inYears(curves), x, y, stepRenderer);
        if (drawField) {
            XYSeriesCollection field = fieldPoints();
            plot.setDataset(1, field);
            XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
            points.setSeriesPaint(0, COLOURS[0]);
            points.setSeriesShape(0, new Rectangle2D.Double(-5, -5, 10, 10));
            points.setSeriesPaint(1, COLOURS[1]);
            points.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
            points.setSeriesPaint(2, COLOURS[0]);
            points.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
            points.setSeriesPaint(3, COLOURS[1]);
            points.setSeriesShape(3, new Ellipse2D.Double(-5, -5, 10, 10));
            plot.setRenderer(1, points);
            lowest = Math.min(lowest, FieldFigures.SURVIVAL_6Y_OFF_LABEL);
        }
        y.setAutoRangeIncludesZero(false);
        y.setRange(Math.max(0, Math.floor((lowest - 0.01) * 100) / 100), 1.002);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(idPrefix);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement();
    }

    /** The groups to draw: on- and off-label when the cohort has both, else all its pumps. */
    private static List<String> groups(CohortResult cohort) {
        Map<String, SurvivalCurve> c = cohort.curves();
        List<String> out = new ArrayList<>();
        if (c.containsKey("on-label") && c.containsKey("off-label")) {
            out.add("on-label");
            out.add("off-label");
        } else {
            out.add("all");
        }
        return out;
    }

    private enum Band {
        ESTIMATE,
        LOWER,
        UPPER
    }

    private static XYSeries series(String name, SurvivalCurve c, double lastDay, Band band) {
        XYSeries s = new XYSeries(name, false, true);
        s.add(0.0, 1.0);
        for (SurvivalCurve.Step step : c.steps()) {
            double v = switch (band) {
                case ESTIMATE -> step.survival();
                case LOWER -> step.lower();
                case UPPER -> step.upper();
            };
            s.add(step.time(), v);
        }
        SurvivalCurve.Step last = c.at(lastDay);
        s.add(lastDay, band == Band.ESTIMATE ? last.survival() : band == Band.LOWER ? last.lower() : last.upper());
        return s;
    }

    private static XYSeriesCollection inYears(XYSeriesCollection days) {
        XYSeriesCollection out = new XYSeriesCollection();
        for (int i = 0; i < days.getSeriesCount(); i++) {
            XYSeries d = days.getSeries(i);
            XYSeries y = new XYSeries(d.getKey(), false, true);
            for (int j = 0; j < d.getItemCount(); j++) {
                y.add(d.getX(j).doubleValue() / FieldFigures.DAYS_PER_YEAR, d.getY(j));
            }
            out.addSeries(y);
        }
        return out;
    }

    private static XYSeriesCollection fieldPoints() {
        XYSeriesCollection field = new XYSeriesCollection();
        field.addSeries(point("field: on-label, 6 years (HK MDD 2017)", 6, FieldFigures.SURVIVAL_6Y_ON_LABEL));
        field.addSeries(point("field: off-label, 6 years", 6, FieldFigures.SURVIVAL_6Y_OFF_LABEL));
        field.addSeries(point("field: on-label, 78 months (2012 recall)", 6.5, 1 - FieldFigures.FAILED_78M_ON_LABEL));
        field.addSeries(point("field: off-label, 78 months", 6.5, 1 - FieldFigures.FAILED_78M_OFF_LABEL));
        return field;
    }

    private static XYSeries point(String name, double years, double survival) {
        XYSeries s = new XYSeries(name);
        s.add(years, survival);
        return s;
    }
}
