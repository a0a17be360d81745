package io.itddsim.sim;

/**
 * A number of the model that a scenario may override by key: the pump profile's parameters and
 * the patient's. Each has a unit, a default, the range an override may take and its source tag
 * from DOMAIN.md ([C] confirmed, [S] seed documents, [A] an assumption of ours, with the reason).
 * Both parameter tables implement this, so their lookups and range checks are written once.
 */
public interface TunableParameter {

    /** The parameter's unit, default, allowed range and source. */
    Range range();

    /** The scenario-file spelling. */
    String key();

    default String unit() {
        return range().unit();
    }

    default long defaultValue() {
        return range().defaultValue();
    }

    default long min() {
        return range().min();
    }

    default long max() {
        return range().max();
    }

    /** The DOMAIN.md tag and the reason, e.g. "[A] ...". */
    default String source() {
        return range().source();
    }

    /**
     * Throws {@link SimInputException} naming the key, its range and {@code document} (where the
     * parameters are listed) when {@code value} is outside the range.
     */
    default void check(long value, String document) {
        if (value < min() || value > max()) {
            throw new SimInputException(
                    key(), "expected " + min() + ".." + max() + " " + unit() + " (" + document + "), got " + value);
        }
    }

    /** The parameter of {@code table} spelled {@code key} in scenario files; null when there is none. */
    static <P extends Enum<P> & TunableParameter> P byKey(Class<P> table, String key) {
        for (P p : table.getEnumConstants()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * @param unit         the unit, as the docs write it
     * @param defaultValue the value when nothing overrides it
     * @param min          the smallest value an override may take
     * @param max          the largest value an override may take
     * @param source       the DOMAIN.md tag and the reason
     */
    record Range(String unit, long defaultValue, long min, long max, String source) {}
}
