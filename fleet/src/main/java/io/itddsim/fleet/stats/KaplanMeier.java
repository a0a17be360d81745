package io.itddsim.fleet.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kaplan-Meier product-limit estimator with Greenwood's variance, written out because no
 * library on our stack has it (Commons Math does not). Subjects may enter late (left truncation: a
 * pump that joins a study at age 3 years is at risk only from then on).
 *
 * <p>At each time t with d events among the n subjects at risk (entered before t, not yet left),
 * {@code S(t) = S(t-) x (1 - d/n)}, and Greenwood's {@code Var S(t) = S(t)^2 x sum d / (n (n - d))}.
 * Checked against the Freireich 6-MP arm, the textbook example (DOMAIN.md 9).
 */
public final class KaplanMeier {
    private KaplanMeier() {}

    /**
     * One subject: in the study from {@code entry} (exclusive) to {@code exit} (inclusive), which is
     * an event (a failure) or a censoring.
     */
    public record Subject(double entry, double exit, boolean event) {
        public Subject {
            if (!(exit >= entry)) {
                throw new IllegalArgumentException("exit " + exit + " before entry " + entry);
            }
        }
    }

    public static SurvivalCurve estimate(List<Subject> subjects) {
        int n = subjects.size();
        double[] entries = new double[n];
        double[] exits = new double[n];
        List<Double> eventTimes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Subject s = subjects.get(i);
            entries[i] = s.entry();
            exits[i] = s.exit();
            if (s.event()) {
                eventTimes.add(s.exit());
            }
        }
        Arrays.sort(entries);
        Arrays.sort(exits);
        double[] events =
                eventTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray();

        List<SurvivalCurve.Step> steps = new ArrayList<>();
        double survival = 1.0;
        double greenwoodSum = 0.0;
        int i = 0;
        while (i < events.length) {
            double t = events[i];
            int d = 0;
            while (i < events.length && events[i] == t) {
                d++;
                i++;
            }
            // at risk: entered before t and not left before t
            int atRisk = countBelow(entries, t) - countBelow(exits, t);
            survival *= 1.0 - (double) d / atRisk;
            greenwoodSum += atRisk > d ? (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
            steps.add(SurvivalCurve.Step.of(t, atRisk, d, survival, greenwoodSum));
        }
        return new SurvivalCurve(n, n == 0 ? 0 : exits[n - 1], steps);
    }

    /** Number of values strictly below {@code t} in a sorted array. */
    private static int countBelow(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
