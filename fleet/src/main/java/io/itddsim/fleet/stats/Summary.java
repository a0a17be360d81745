package io.itddsim.fleet.stats;

import java.util.Arrays;

/**
 * A distribution in a few numbers, for latencies and losses: how many, the mean, the median, the
 * 90th percentile and the largest. Quantiles are nearest-rank (a value that occurred).
 */
public record Summary(int count, double mean, double median, double p90, double max) {
    public static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Summary of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return new Summary(v.length, sum / v.length, rank(v, 0.5), rank(v, 0.9), v[v.length - 1]);
    }

    private static double rank(double[] sorted, double q) {
        int k = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, k - 1)];
    }
}
