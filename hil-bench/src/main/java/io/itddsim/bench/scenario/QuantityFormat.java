package io.itddsim.bench.scenario;

import java.math.BigDecimal;

/**
 * Writes base-unit integers back as text {@link Quantities} reads, for reports and messages.
 *
 * <p>Output is exact (no rounding), so {@code Quantities.volumeNl(volumeMl(x)) == x} for every
 * non-negative x; a property test holds us to that.
 */
public final class QuantityFormat {

    private static final long US_PER_DAY = 86_400_000_000L;
    private static final long US_PER_HOUR = 3_600_000_000L;
    private static final long US_PER_MINUTE = 60_000_000L;
    private static final long US_PER_SECOND = 1_000_000L;
    private static final long US_PER_MS = 1_000L;

    private QuantityFormat() {}

    /** 400_000 nL as "0.4 mL"; 20_000_000 nL as "20 mL". */
    public static String volumeMl(long volumeNl) {
        requireNonNegative(volumeNl, "volumeNl");
        return BigDecimal.valueOf(volumeNl, 6).stripTrailingZeros().toPlainString() + " mL";
    }

    /**
     * A duration as its largest units first, leaving out zero parts: 5_400_000_000 us as "1h30m",
     * 1_500 us as "1ms500us", zero as "0s".
     */
    public static String duration(long durationUs) {
        requireNonNegative(durationUs, "durationUs");
        if (durationUs == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long rest = durationUs;
        rest = appendPart(out, rest, US_PER_DAY, "d");
        rest = appendPart(out, rest, US_PER_HOUR, "h");
        rest = appendPart(out, rest, US_PER_MINUTE, "m");
        rest = appendPart(out, rest, US_PER_SECOND, "s");
        rest = appendPart(out, rest, US_PER_MS, "ms");
        appendPart(out, rest, 1, "us");
        return out.toString();
    }

    private static long appendPart(StringBuilder out, long restUs, long unitUs, String symbol) {
        long count = restUs / unitUs;
        if (count > 0) {
            out.append(count).append(symbol);
        }
        return restUs % unitUs;
    }

    private static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
    }
}
