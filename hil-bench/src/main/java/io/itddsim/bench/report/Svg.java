package io.itddsim.bench.report;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart as an SVG element for inlining into the report. The ids JFreeSVG puts in its
 * definitions (clip paths, gradients) start with a prefix that is random unless set; each chart
 * gets a fixed prefix of its own, so a page holds many charts without clashes and the same run
 * writes the same bytes every time.
 */
final class Svg {
    static final int WIDTH = 920;
    static final int HEIGHT = 250;

    private Svg() {}

    private static String hundredths(double d) {
        return Double.toString(Math.round(d * 100) / 100.0);
    }

    static String of(JFreeChart chart, String idPrefix, int height) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix(idPrefix);
        // a hundredth of a pixel is finer than any screen; full doubles made the report five times larger
        g.setGeomDoubleConverter(Svg::hundredths);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        return g.getSVGElement(idPrefix + "-svg");
    }
}
