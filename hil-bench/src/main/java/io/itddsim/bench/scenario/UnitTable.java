package io.itddsim.bench.scenario;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unit symbols of one dimension and their exact size in that dimension's base unit.
 *
 * <p>Symbols are case-sensitive on purpose: "mL" and "ML" differ by nine orders of magnitude in
 * SI, so only the spellings people actually write are listed. Both micro signs are accepted
 * (U+00B5 from keyboards, U+03BC from Greek input), as is the ASCII stand-in "u".
 */
final class UnitTable {

    static final BigDecimal US_PER_DAY = BigDecimal.valueOf(86_400_000_000L);

    /** Volumes in nanolitres. */
    static final UnitTable VOLUME_NL = new UnitTable()
            .add("L", 1_000_000_000L)
            .add("mL", 1_000_000L)
            .add("ml", 1_000_000L)
            .add("uL", 1_000L)
            .add("ul", 1_000L)
            .add("\u00b5L", 1_000L)
            .add("\u03bcL", 1_000L)
            .add("nL", 1L)
            .add("nl", 1L);

    /** Drug masses in micrograms; "mcg" is the clinical spelling (ISMP discourages "ug"). */
    static final UnitTable MASS_UG = new UnitTable()
            .add("g", 1_000_000L)
            .add("mg", 1_000L)
            .add("mcg", 1L)
            .add("ug", 1L)
            .add("\u00b5g", 1L)
            .add("\u03bcg", 1L);

    /** Body weights in grams: a patient's, not a drug's, so "mg" and "mcg" are not among them. */
    static final UnitTable BODY_WEIGHT_G = new UnitTable().add("kg", 1_000L).add("g", 1L);

    /** Parts of a compound duration, largest first; the order is the order they must appear in. */
    static final UnitTable DURATION_US = new UnitTable()
            .add("d", 86_400_000_000L)
            .add("h", 3_600_000_000L)
            .add("m", 60_000_000L)
            .add("min", 60_000_000L)
            .add("s", 1_000_000L)
            .add("ms", 1_000L)
            .add("us", 1L)
            .add("\u00b5s", 1L)
            .add("\u03bcs", 1L);

    /** The "per ..." part of a rate, as microseconds; rates are then scaled to per day. */
    static final UnitTable RATE_PERIOD_US = new UnitTable()
            .add("day", 86_400_000_000L)
            .add("d", 86_400_000_000L)
            .add("h", 3_600_000_000L)
            .add("hr", 3_600_000_000L)
            .add("min", 60_000_000L);

    // Insertion order is kept so that messages list units the way they are declared above.
    private final Map<String, BigDecimal> sizes = new LinkedHashMap<>();

    private UnitTable add(String symbol, long size) {
        sizes.put(symbol, BigDecimal.valueOf(size));
        return this;
    }

    /** The size of one {@code symbol} in base units, or null if the symbol is not known. */
    BigDecimal size(String symbol) {
        return sizes.get(symbol);
    }

    /** The accepted symbols, for messages: "L, mL, ml, uL, ...". */
    String symbols() {
        return String.join(", ", sizes.keySet());
    }
}
