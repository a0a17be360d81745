package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.bench.scenario.QuantityFormatException;
import io.itddsim.bench.scenario.QuantityKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a {@link Signal} is measured in: how an expectation writes a bound ("27 mL", "3.1 V")
 * and how a value is written back in evidence. Values are integers in the base unit of the
 * status they come from (nL, pg, mV, nC, pg/mL, ppm); a state signal holds the index of its state
 * name, a grade signal the patient's grade.
 */
public enum SignalUnit {
    /** Nanolitres; written as volumes ("27 mL", "400 uL"). */
    VOLUME("nL", "27 mL"),
    /** Picograms of drug; written as masses in whole micrograms or more ("2 mg", "500 mcg"). */
    MASS("pg", "2 mg"),
    /** Millivolts; written "3.1 V" or "3100 mV". */
    VOLTAGE("mV", "3.1 V"),
    /** Nanocoulombs; written "2 C", "150 mC", "20 uC" or "5 nC". */
    CHARGE("nC", "150 mC"),
    /** A plain count ("120"). */
    COUNT("", "120"),
    /** One of a signal's named states ("STALLED"). */
    STATE("", "STALLED"),
    /** Picograms per millilitre of spinal fluid; written "12 ng/mL", "0.2 ug/mL" or "500 pg/mL". */
    CONCENTRATION("pg/mL", "12 ng/mL"),
    /** Parts per million of a whole; written "60%" or "600000 ppm". */
    SHARE("ppm", "60%"),
    /** A clinical state's grade, 0 (absent) to 3 (docs/PATIENT.md); written as the number ("2"). */
    GRADE("", "2");

    private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z\u00b5\u03bc/%]*)");
    private static final long PG_PER_UG = 1_000_000L;
    private static final Map<String, Long> VOLTS = ordered("V", 1_000L, "mV", 1L);
    private static final Map<String, Long> COULOMBS =
            ordered("C", 1_000_000_000L, "mC", 1_000_000L, "uC", 1_000L, "nC", 1L);
    private static final Map<String, Long> PER_ML =
            ordered("ng/mL", 1_000L, "ug/mL", 1_000_000L, "mcg/mL", 1_000_000L, "mg/mL", 1_000_000_000L, "pg/mL", 1L);
    private static final Map<String, Long> SHARES = ordered("%", 10_000L, "ppm", 1L);
    /** The highest grade any clinical state takes. */
    private static final long MAX_GRADE = 3;

    private final String baseUnit;
    private final String example;

    SignalUnit(String baseUnit, String example) {
        this.baseUnit = baseUnit;
        this.example = example;
    }

    /** A well-formed bound of this unit, for messages. */
    public String example() {
        return example;
    }

    /**
     * Parses a bound of this unit into the base unit.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public long parse(String text) {
        try {
            return switch (this) {
                case VOLUME -> QuantityKind.VOLUME.parse(text);
                case MASS -> Math.multiplyExact(QuantityKind.MASS.parse(text), PG_PER_UG);
                case VOLTAGE -> scaled(text, VOLTS);
                case CHARGE -> scaled(text, COULOMBS);
                case COUNT -> count(text);
                case CONCENTRATION -> scaled(text, PER_ML);
                case SHARE -> scaled(text, SHARES);
                case GRADE -> grade(text);
                case STATE -> throw new IllegalArgumentException("a state is named, not parsed");
            };
        } catch (QuantityFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A value in the base unit as people read it: "27.2 mL", "3.1 V", "1 234 567 pg" as "1.234567 ug". */
    public String format(long value) {
        return switch (this) {
            case VOLUME -> value < 0 ? "-" + QuantityFormat.volumeMl(-value) : QuantityFormat.volumeMl(value);
            case MASS -> decimal(value, 6) + " ug";
            case VOLTAGE -> decimal(value, 3) + " V";
            case CHARGE -> decimal(value, 9) + " C";
            case COUNT, STATE -> Long.toString(value);
            case CONCENTRATION -> decimal(value, 3) + " ng/mL";
            case SHARE -> decimal(value, 4) + "%";
            case GRADE -> "grade " + value;
        };
    }

    private static Map<String, Long> ordered(Object... symbolsAndSizes) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < symbolsAndSizes.length; i += 2) {
            m.put((String) symbolsAndSizes[i], (Long) symbolsAndSizes[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    private static String decimal(long value, int scale) {
        return BigDecimal.valueOf(value, scale).stripTrailingZeros().toPlainString();
    }

    private static long count(String text) {
        String t = text.strip();
        if (!t.matches("[0-9]+")) {
            throw new IllegalArgumentException("expected a whole number such as 120, got \"" + text + "\"");
        }
        return Long.parseLong(t);
    }

    private static long grade(String text) {
        long g = count(text);
        if (g > MAX_GRADE) {
            throw new IllegalArgumentException("a grade is 0 (absent) to " + MAX_GRADE + ", got " + g);
        }
        return g;
    }

    /** "3.1 V" in the base unit, with the units of {@code sizes} (symbol to size in the base unit). */
    private static long scaled(String text, Map<String, Long> sizes) {
        Matcher m = AMOUNT.matcher(text.strip());
        String known = String.join(", ", sizes.keySet());
        if (!m.matches() || m.group(2).isEmpty()) {
            throw new IllegalArgumentException("expected a number and a unit (" + known + "), such as \"1.5 "
                    + sizes.keySet().iterator().next() + "\", got \"" + text + "\"");
        }
        Long size = sizes.get(m.group(2).replace('\u00b5', 'u').replace('\u03bc', 'u'));
        if (size == null) {
            throw new IllegalArgumentException(
                    "unknown unit \"" + m.group(2) + "\" in \"" + text + "\" (known: " + known + ")");
        }
        try {
            return new BigDecimal(m.group(1))
                    .multiply(BigDecimal.valueOf(size))
                    .setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("\"" + text + "\" is finer than the signal's resolution");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT) + (baseUnit.isEmpty() ? "" : " (" + baseUnit + ")");
    }
}
