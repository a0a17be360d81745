package io.itddsim.wire.host;

import io.itddsim.proto.v1.PaceMode;

/**
 * How sim time advances: only on Step (lockstep), following the wall clock times a factor (real
 * time), or as fast as the host can go (free run).
 *
 * @param mode              lockstep, real time or free run
 * @param factorThousandths for real time: sim seconds per wall second, in thousandths (1000 is
 *                          real time); ignored otherwise
 */
public record Pacing(PaceMode mode, long factorThousandths) {

    /** Largest real-time factor: a million times real time, beyond which free run is the honest name. */
    public static final long MAX_FACTOR_THOUSANDTHS = 1_000_000_000L;

    public Pacing {
        if (mode == null || mode == PaceMode.PACE_MODE_UNSPECIFIED || mode == PaceMode.UNRECOGNIZED) {
            throw new IllegalArgumentException("pace mode: expected lockstep, real time or free run, got " + mode);
        }
        if (mode == PaceMode.PACE_MODE_REAL_TIME
                && (factorThousandths <= 0 || factorThousandths > MAX_FACTOR_THOUSANDTHS)) {
            throw new IllegalArgumentException("real-time factor: expected 0.001 to 1000000 (1 to "
                    + MAX_FACTOR_THOUSANDTHS + " thousandths), got " + factorThousandths + " thousandths");
        }
        if (mode != PaceMode.PACE_MODE_REAL_TIME) {
            factorThousandths = 0;
        }
    }

    public static Pacing lockstep() {
        return new Pacing(PaceMode.PACE_MODE_LOCKSTEP, 0);
    }

    public static Pacing realTime(long factorThousandths) {
        return new Pacing(PaceMode.PACE_MODE_REAL_TIME, factorThousandths);
    }

    public static Pacing freeRun() {
        return new Pacing(PaceMode.PACE_MODE_FREE_RUN, 0);
    }

    /**
     * Parses {@code lockstep}, {@code free}, {@code realtime} or {@code realtime:FACTOR} (FACTOR a
     * decimal such as {@code 60} or {@code 0.5}).
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Pacing parse(String text) {
        String t = text.trim();
        if (t.equals("lockstep")) {
            return lockstep();
        }
        if (t.equals("free")) {
            return freeRun();
        }
        if (t.equals("realtime")) {
            return realTime(1000);
        }
        if (t.startsWith("realtime:")) {
            String factor = t.substring("realtime:".length());
            long thousandths;
            try {
                thousandths = new java.math.BigDecimal(factor).movePointRight(3).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("pace '" + text
                        + "': expected a factor with at most 3 decimals after 'realtime:', e.g. realtime:60");
            }
            return realTime(thousandths);
        }
        throw new IllegalArgumentException(
                "pace '" + text + "': expected lockstep, realtime, realtime:FACTOR (e.g. realtime:60) or free");
    }

    @Override
    public String toString() {
        return switch (mode) {
            case PACE_MODE_LOCKSTEP -> "lockstep";
            case PACE_MODE_FREE_RUN -> "free";
            default ->
                "realtime:"
                        + java.math.BigDecimal.valueOf(factorThousandths, 3)
                                .stripTrailingZeros()
                                .toPlainString();
        };
    }
}
