package io.itddsim.sim.patient;

import java.math.BigInteger;

/**
 * The patient model's arithmetic: integer state, with the few real-valued constants (exponential
 * decay factors) computed once with {@link StrictMath}, which gives the same bits on every JVM, and
 * rounded into integer parts per billion. Every step is then exact integer arithmetic in a fixed
 * order, so a run's patient is the same on every machine.
 */
final class FixedPoint {
    static final long ONE_PPB = 1_000_000_000L;
    static final long ONE_PPM = 1_000_000L;

    private FixedPoint() {}

    /** Share of a first-order quantity left after {@code stepUs}, for a half-life of {@code halfLifeS}, in ppb. */
    static long keepPpb(long halfLifeS, long stepUs) {
        return ppb(StrictMath.exp(-StrictMath.log(2.0) * stepUs / (halfLifeS * 1e6)));
    }

    /** Share of a first-order quantity left after {@code stepUs} at rate {@code perUs}, in ppb. */
    static long keepPpbAtRate(double perUs, long stepUs) {
        return ppb(StrictMath.exp(-perUs * stepUs));
    }

    static long ppb(double share) {
        return StrictMath.round(share * ONE_PPB);
    }

    /** {@code value x ppb / 1e9}, rounded half away from zero, for any sign of {@code value}. */
    static long scale(long value, long ppb) {
        if (value < 0) {
            return -scale(-value, ppb);
        }
        long whole = value / ONE_PPB;
        long rest = value % ONE_PPB;
        return Math.addExact(Math.multiplyExact(whole, ppb), (rest * ppb + ONE_PPB / 2) / ONE_PPB);
    }

    /** One step of a first-order lag: {@code value} moves towards {@code target}, keeping {@code keepPpb} of the gap. */
    static long lag(long value, long target, long keepPpb) {
        return target + scale(value - target, keepPpb);
    }

    /** {@code a x b / c} for non-negative operands, truncated, exact even where {@code a x b} passes 2^63. */
    static long mulDiv(long a, long b, long c) {
        if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a)
                .multiply(BigInteger.valueOf(b))
                .divide(BigInteger.valueOf(c))
                .longValueExact();
    }
}
