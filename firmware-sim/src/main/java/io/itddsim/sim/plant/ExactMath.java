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
    private ExactMath() {}

    /** {@code a * b / c}, truncated toward zero like the plain expression; {@code c} must not be 0. */
    static long mulDiv(long a, long b, long c) {
        if (fits(a, b)) {
            return a * b / c;
        }
        return mulDivWide(a, b, c);
    }

    private static long mulDivWide(long a, long b, long c) {
        return BigInteger.valueOf(a)
                .multiply(BigInteger.valueOf(b))
                .divide(BigInteger.valueOf(c))
                .longValueExact();
    }

    /** Whether {@code a * b == c * d}, exactly. */
    static boolean productsEqual(long a, long b, long c, long d) {
        if (fits(a, b) && fits(c, d)) {
            return a * b == c * d;
        }
        return Math.multiplyHigh(a, b) == Math.multiplyHigh(c, d) && a * b == c * d;
    }

    /**
     * True when both are non-negative and their product is below 2^63: together they have at most
     * 63 significant bits. Two leading-zero counts (one instruction each) instead of a 128-bit
     * product: this runs on every motor step.
     */
    private static boolean fits(long a, long b) {
        return Long.numberOfLeadingZeros(a) + Long.numberOfLeadingZeros(b) > 64;
    }
}
