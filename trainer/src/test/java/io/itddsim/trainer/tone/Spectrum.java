package io.itddsim.trainer.tone;

import java.util.ArrayList;
import java.util.List;

/**
 * A small spectral analysis for the tests: the Goertzel algorithm (one DFT bin at any frequency)
 * over fixed windows, to find which frequency sounds when and for how long.
 */
final class Spectrum {
    /** A run of windows with one dominant frequency (0 for silence). */
    record Segment(double frequencyHz, long startUs, long durationUs) {}

    private Spectrum() {}

    /** Power of {@code samples[from, to)} at {@code hz}. */
    static double goertzel(double[] samples, int from, int to, double hz, int rateHz) {
        double w = 2 * Math.PI * hz / rateHz;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s = samples[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }

    /** The frequency with the most power in the window, searched from 100 Hz to 8 kHz in {@code stepHz} steps. */
    static double peak(double[] samples, int from, int to, int rateHz, double lowHz, double highHz, double stepHz) {
        double best = 0;
        double bestPower = -1;
        for (double hz = lowHz; hz <= highHz; hz += stepHz) {
            double p = goertzel(samples, from, to, hz, rateHz);
            if (p > bestPower) {
                bestPower = p;
                best = hz;
            }
        }
        return best;
    }

    /**
     * Splits the signal into runs of one dominant frequency: each window of {@code windowUs} gets
     * its coarse peak (50 Hz steps), or 0 when it is silent; neighbouring windows with the same
     * peak join; each run's frequency is then refined to 1 Hz over its inner windows.
     */
    static List<Segment> segments(double[] samples, int rateHz, long windowUs) {
        int window = (int) (windowUs * rateHz / 1_000_000);
        List<double[]> runs = new ArrayList<>(); // {coarse hz, first window, window count}
        for (int w = 0; (w + 1) * window <= samples.length; w++) {
            int from = w * window;
            double energy = 0;
            for (int i = from; i < from + window; i++) {
                energy += samples[i] * samples[i];
            }
            double hz = energy / window < 1e-4 ? 0 : peak(samples, from, from + window, rateHz, 100, 8000, 50);
            double[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[0] == hz) {
                last[2]++;
            } else {
                runs.add(new double[] {hz, w, 1});
            }
        }
        List<Segment> out = new ArrayList<>();
        for (double[] run : runs) {
            double hz = run[0];
            int first = (int) run[1];
            int count = (int) run[2];
            if (hz > 0 && count > 2) { // refine away from the run's edges
                int from = (first + 1) * window;
                int to = (first + count - 1) * window;
                hz = peak(samples, from, to, rateHz, hz - 60, hz + 60, 1);
            }
            out.add(new Segment(hz, first * windowUs, count * windowUs));
        }
        return out;
    }
}
