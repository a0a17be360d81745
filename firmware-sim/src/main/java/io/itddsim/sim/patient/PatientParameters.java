package io.itddsim.sim.patient;

import io.itddsim.sim.SimInputException;
import java.util.Arrays;
import java.util.Map;

/**
 * A full set of patient-model parameter values: the defaults of {@link PatientParameter} with any
 * overrides. Immutable; {@link #with} checks the range and returns a changed copy, so a set that
 * exists is one the model can run.
 */
public final class PatientParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final PatientParameters DEFAULTS = new PatientParameters(defaultValues());

    private final long[] values;

    private PatientParameters(long[] values) {
        this.values = values;
    }

    private static long[] defaultValues() {
        long[] v = new long[PatientParameter.values().length];
        for (PatientParameter p : PatientParameter.values()) {
            v[p.ordinal()] = p.defaultValue();
        }
        return v;
    }

    public static PatientParameters defaults() {
        return DEFAULTS;
    }

    public long get(PatientParameter p) {
        return values[p.ordinal()];
    }

    /**
     * This set with {@code p} set to {@code value}; throws {@link SimInputException} naming the key
     * and its range when the value is outside it.
     */
    public PatientParameters with(PatientParameter p, long value) {
        if (value < p.min() || value > p.max()) {
            throw new SimInputException(
                    p.key(),
                    "expected " + p.min() + ".." + p.max() + " " + p.unit() + " (docs/PATIENT.md), got " + value);
        }
        long[] v = values.clone();
        v[p.ordinal()] = value;
        return new PatientParameters(v);
    }

    /** This set with every override applied, each range-checked as by {@link #with}. */
    public PatientParameters withOverrides(Map<PatientParameter, Long> overrides) {
        PatientParameters result = this;
        for (Map.Entry<PatientParameter, Long> e : overrides.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatientParameters other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("PatientParameters[");
        boolean first = true;
        for (PatientParameter p : PatientParameter.values()) {
            if (get(p) != p.defaultValue()) {
                b.append(first ? "" : ", ").append(p.key()).append('=').append(get(p));
                first = false;
            }
        }
        return b.append(first ? "defaults]" : "]").toString();
    }
}
