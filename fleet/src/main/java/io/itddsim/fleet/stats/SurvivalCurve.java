package io.itddsim.fleet.stats;

import java.util.List;

/**
 * A Kaplan-Meier curve: one step per distinct event time, with Greenwood's standard error and a
 * 95% confidence interval on the log-log scale (Kalbfleisch and Prentice), which stays within 0..1
 * and behaves near 1, where pump survival lives.
 *
 * @param subjects   how many subjects the curve was estimated from
 * @param followedTo the latest exit time of any subject: the curve is known up to there
 * @param steps      the steps, in time order
 */
public record SurvivalCurve(int subjects, double followedTo, List<Step> steps) {
    public static final double Z95 = 1.959963984540054;

    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /**
     * One step of the curve.
     *
     * @param time      the event time
     * @param atRisk    subjects at risk just before it
     * @param events    events at it
     * @param survival  the estimate from this time on
     * @param stdError  Greenwood's standard error of the estimate
     * @param lower     lower 95% limit (log-log)
     * @param upper     upper 95% limit (log-log)
     */
    public record Step(
            double time, int atRisk, int events, double survival, double stdError, double lower, double upper) {
        static Step of(double time, int atRisk, int events, double survival, double greenwoodSum) {
            double se = survival * StrictMath.sqrt(greenwoodSum);
            double lower;
            double upper;
            if (survival <= 0 || Double.isInfinite(greenwoodSum)) {
                lower = 0;
                upper = survival <= 0 ? 0 : 1;
            } else if (survival >= 1) {
                lower = 1;
                upper = 1;
            } else {
                double logS = StrictMath.log(survival);
                double seLogLog = StrictMath.sqrt(greenwoodSum) / Math.abs(logS);
                lower = StrictMath.pow(survival, StrictMath.exp(Z95 * seLogLog));
                upper = StrictMath.pow(survival, StrictMath.exp(-Z95 * seLogLog));
            }
            return new Step(time, atRisk, events, survival, se, lower, upper);
        }
    }

    /** The estimate at time {@code t}: the last step at or before it; 1 (no uncertainty) before the first. */
    public Step at(double t) {
        Step found = new Step(0, subjects, 0, 1, 0, 1, 1);
        for (Step s : steps) {
            if (s.time() > t) {
                break;
            }
            found = s;
        }
        return found;
    }
}
