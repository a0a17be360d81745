package io.itddsim.sim.plant;

import java.math.BigInteger;

/**
 * Integer arithmetic for proportional splits of drug mass, exact where the plain long expression
 * would overflow. Masses are picograms and volumes nanolitres, so a mass times a volume passes
 * 2^63 for a few millilitres of a strong solution (a 20 mL refill at 25 mg/mL is 5e11 pg x 2e7 nL).
 * When the product fits, the result is computed exactly as the plain expression does, so nothing
 * changes for the volumes the pump moves stroke by stroke.
 */
final class ExactMath {
    private ExactMath() { }

    /** {@code a * b / c}, truncated toward zero like the plain expression; {@code c} must not be 0. */
    static long mulDiv(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    /** Whether {@code a * b == c * d}, exactly (128-bit products). */
    static boolean productsEqual(long a, long b, long c, long d) {
        return Math.multiplyHigh(a, b) == Math.multiplyHigh(c, d) && a * b == c * d;
    }
}
