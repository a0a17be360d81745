package io.itddsim.bench.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses quantities written with units ("0.5 mL/day", "1d12h30m") into the integer base units the
 * model works in: microseconds, nanolitres, micrograms (DESIGN.md, determinism rule 2).
 *
 * <p>Units are mandatory: a bare number is rejected for every kind. A rate of "1" could mean per
 * minute or per hour, and that very confusion (simglucose's U/min vs U/h) is why we insist.
 *
 * <p>Arithmetic is exact ({@link BigDecimal} from the text, never a double). A value that is not a
 * whole number of the base unit, such as "0.0000001 mL" (0.1 nL), is <em>rejected</em>, not
 * rounded. The base units are far finer than anything a pump or a scenario means, so such a value
 * is almost surely a slip of the decimal point or the unit, and rounding would quietly run a
 * scenario that differs from the file. Rejecting also makes parsing a formatted value give back
 * exactly the value formatted (see {@link QuantityFormat}).
 *
 * <p>Numbers are plain decimals: digits with an optional fraction ("0.5", not ".5", "5e-1" or
 * "0,5"). Negative values are rejected; whether zero makes sense is for the caller to decide.
 */
public final class Quantities {
    private static final BigDecimal NG_PER_UG = BigDecimal.valueOf(1_000);

    // Between a number and its unit: spaces, tabs, and the no-break spaces word processors insert.
    private static final String GAP = "[ \\t\\u00a0\\u202f]*";
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + GAP + "(.*)");
    private static final Pattern DURATION_PART = Pattern.compile(NUMBER + GAP + "([a-zA-Z\\u00b5\\u03bc]*)" + GAP);
    private static final Pattern TIME_OF_DAY = Pattern.compile("([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?");

    private static final BigDecimal NL_PER_ML = BigDecimal.valueOf(1_000_000L);
    /** Percent weight per volume: 1 % is 1 g per 100 mL, that is 10 mg/mL. */
    private static final BigDecimal UG_PER_ML_PER_PERCENT = BigDecimal.valueOf(10_000L);

    private static final long US_PER_HOUR = 3_600_000_000L;
    private static final long US_PER_MINUTE = 60_000_000L;
    private static final long US_PER_SECOND = 1_000_000L;

    private Quantities() {}

    /** "30d", "12h", "90s", "500ms", "250us", "1d12h30m", "1.5h" to microseconds. */
    public static long durationUs(String text) {
        QuantityKind kind = QuantityKind.DURATION;
        String t = trimmedNonNegative(kind, text);
        Matcher part = DURATION_PART.matcher(t);
        BigDecimal totalUs = BigDecimal.ZERO;
        BigDecimal previousUnitUs = null;
        int at = 0;
        while (at < t.length()) {
            part.region(at, t.length());
            if (!part.lookingAt()) {
                String reason = at == 0 ? null : "cannot read \"" + t.substring(at) + '"';
                throw new QuantityFormatException(kind, text, reason);
            }
            String unit = part.group(2);
            if (unit.isEmpty()) {
                throw new QuantityFormatException(
                        kind,
                        text,
                        "the unit after " + part.group(1) + " is missing (" + UnitTable.DURATION_US.symbols() + ")");
            }
            BigDecimal unitUs = UnitTable.DURATION_US.size(unit);
            if (unitUs == null) {
                throw new QuantityFormatException(
                        kind, text, "unknown unit \"" + unit + "\" (known: " + UnitTable.DURATION_US.symbols() + ")");
            }
            if (previousUnitUs != null && unitUs.compareTo(previousUnitUs) >= 0) {
                throw new QuantityFormatException(
                        kind, text, "units must go from largest to smallest, each at most once, as in 1d12h30m");
            }
            totalUs = totalUs.add(new BigDecimal(part.group(1)).multiply(unitUs));
            previousUnitUs = unitUs;
            at = part.end();
        }
        return whole(kind, text, totalUs);
    }

    /** "20 mL", "0.5 mL", "250 uL", "250 µL", "400 nL" to nanolitres. */
    public static long volumeNl(String text) {
        QuantityKind kind = QuantityKind.VOLUME;
        Matcher amount = amount(kind, text);
        BigDecimal nl = size(kind, text, UnitTable.VOLUME_NL, "volume", amount.group(2));
        return whole(kind, text, new BigDecimal(amount.group(1)).multiply(nl));
    }

    /** "2 mg", "50 mcg" to micrograms. */
    public static long massUg(String text) {
        QuantityKind kind = QuantityKind.MASS;
        Matcher amount = amount(kind, text);
        BigDecimal ug = size(kind, text, UnitTable.MASS_UG, "mass", amount.group(2));
        return whole(kind, text, new BigDecimal(amount.group(1)).multiply(ug));
    }

    /** "70 kg", "3500 g" to grams. */
    public static long bodyWeightG(String text) {
        QuantityKind kind = QuantityKind.BODY_WEIGHT;
        Matcher amount = amount(kind, text);
        BigDecimal g = size(kind, text, UnitTable.BODY_WEIGHT_G, "body weight", amount.group(2));
        return whole(kind, text, new BigDecimal(amount.group(1)).multiply(g));
    }

    /** "25 mg/mL", "500 mcg/mL", "500 ug/mL", "500 µg/mL", "0.25 %" (w/v) to micrograms per mL. */
    public static long concentrationUgPerMl(String text) {
        QuantityKind kind = QuantityKind.CONCENTRATION;
        Matcher amount = amount(kind, text);
        BigDecimal number = new BigDecimal(amount.group(1));
        String unit = amount.group(2);
        if (unit.equals("%")) {
            return whole(kind, text, number.multiply(UG_PER_ML_PER_PERCENT));
        }
        String[] parts = perParts(kind, text, unit, "mass per volume such as mg/mL, or % (w/v)");
        BigDecimal ug = size(kind, text, UnitTable.MASS_UG, "mass", parts[0]);
        BigDecimal nl = size(kind, text, UnitTable.VOLUME_NL, "volume", parts[1]);
        BigDecimal ml = nl.divide(NL_PER_ML);
        return whole(kind, text, number.multiply(ug).divide(ml));
    }

    /** "0.5 mL/day", "20 uL/h", "1 mL/d" to nanolitres per day. */
    public static long volumeRateNlPerDay(String text) {
        QuantityKind kind = QuantityKind.VOLUME_RATE;
        Matcher amount = amount(kind, text);
        String[] parts = perParts(kind, text, amount.group(2), "volume per time such as mL/day");
        BigDecimal nl = size(kind, text, UnitTable.VOLUME_NL, "volume", parts[0]);
        BigDecimal perDay = periodsPerDay(kind, text, parts[1]);
        return whole(kind, text, new BigDecimal(amount.group(1)).multiply(nl).multiply(perDay));
    }

    /**
     * "5 mg/day", "300 mcg/day", "2.4 mcg/day" to nanograms per day: nanograms so that ziconotide's
     * starting dose (2.4 mcg/day, DOMAIN.md 7) is a whole number.
     */
    public static long doseRateNgPerDay(String text) {
        QuantityKind kind = QuantityKind.DOSE_RATE;
        Matcher amount = amount(kind, text);
        String[] parts = perParts(kind, text, amount.group(2), "mass per time such as mcg/day");
        BigDecimal ug = size(kind, text, UnitTable.MASS_UG, "mass", parts[0]);
        BigDecimal perDay = periodsPerDay(kind, text, parts[1]);
        return whole(
                kind,
                text,
                new BigDecimal(amount.group(1)).multiply(ug).multiply(NG_PER_UG).multiply(perDay));
    }

    /** "07:30" or "7:30:15" (24-hour clock) to microseconds after midnight. */
    public static long timeOfDayUs(String text) {
        QuantityKind kind = QuantityKind.TIME_OF_DAY;
        Matcher m = TIME_OF_DAY.matcher(trimmedNonNegative(kind, text));
        if (!m.matches()) {
            throw new QuantityFormatException(kind, text, "write hours:minutes on a 24-hour clock");
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new QuantityFormatException(kind, text, "hours run 00-23, minutes and seconds 00-59");
        }
        return hours * US_PER_HOUR + minutes * US_PER_MINUTE + seconds * US_PER_SECOND;
    }

    /** Splits "number unit", rejecting missing units; the unit is group 2 and may still be unknown. */
    private static Matcher amount(QuantityKind kind, String text) {
        Matcher m = AMOUNT.matcher(trimmedNonNegative(kind, text));
        if (!m.matches()) {
            throw new QuantityFormatException(kind, text, null);
        }
        if (m.group(2).isEmpty()) {
            throw new QuantityFormatException(kind, text, "the unit is missing; units are mandatory");
        }
        if (m.group(2).matches("[0-9.,].*")) {
            // "0,5 mL" or "1.2.3 mL": the number, not the unit, is what went wrong.
            throw new QuantityFormatException(kind, text, "write the number as a plain decimal such as 0.5");
        }
        return m;
    }

    private static String trimmedNonNegative(QuantityKind kind, String text) {
        if (text == null) {
            throw new QuantityFormatException(kind, null, null);
        }
        String t = text.strip();
        if (t.isEmpty()) {
            throw new QuantityFormatException(kind, text, "it is empty");
        }
        if (t.startsWith("-")) {
            throw new QuantityFormatException(kind, text, "it must not be negative");
        }
        return t;
    }

    /** Splits "a/b" into its two unit symbols. */
    private static String[] perParts(QuantityKind kind, String text, String unit, String expected) {
        String[] parts = unit.split("/", -1);
        if (parts.length != 2) {
            throw new QuantityFormatException(kind, text, "unit \"" + unit + "\" is not a " + expected);
        }
        return parts;
    }

    private static BigDecimal size(QuantityKind kind, String text, UnitTable table, String dimension, String symbol) {
        BigDecimal size = table.size(symbol);
        if (size == null) {
            throw new QuantityFormatException(
                    kind, text, "unknown " + dimension + " unit \"" + symbol + "\" (known: " + table.symbols() + ")");
        }
        return size;
    }

    /** How many of the rate's periods ("h") fit in a day: exact, as every period divides a day. */
    private static BigDecimal periodsPerDay(QuantityKind kind, String text, String period) {
        BigDecimal periodUs = size(kind, text, UnitTable.RATE_PERIOD_US, "time", period);
        return UnitTable.US_PER_DAY.divide(periodUs);
    }

    /** The value as a long, rejecting fractions of the base unit and values beyond a long. */
    private static long whole(QuantityKind kind, String text, BigDecimal value) {
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw new QuantityFormatException(
                    kind,
                    text,
                    "that is " + value.stripTrailingZeros().toPlainString() + ' ' + kind.baseUnit()
                            + ", not a whole number of " + kind.baseUnit() + "; values are not rounded");
        }
        if (whole.bitLength() > 63) {
            throw new QuantityFormatException(
                    kind, text, "it is too large (the limit is " + Long.MAX_VALUE + ' ' + kind.baseUnit() + ")");
        }
        return whole.longValueExact();
    }
}
