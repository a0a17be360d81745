package io.itddsim.bench.expect;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One status sample as a bench saw it: the sim time and the value of each signal the target
 * reported. Signals the target does not report are absent ({@link #has} false).
 */
public final class Sample {
    private static final long ABSENT = Long.MIN_VALUE;

    private final long timeUs;
    private final long[] values;

    private Sample(long timeUs, long[] values) {
        this.timeUs = timeUs;
        this.values = values;
    }

    /** A sample of {@code values}; signals not in the map are absent. */
    public static Sample of(long timeUs, Map<Signal, Long> values) {
        long[] v = new long[Signal.values().length];
        Arrays.fill(v, ABSENT);
        for (Map.Entry<Signal, Long> e : values.entrySet()) {
            v[e.getKey().ordinal()] = e.getValue();
        }
        return new Sample(timeUs, v);
    }

    public long timeUs() {
        return timeUs;
    }

    public boolean has(Signal s) {
        return values[s.ordinal()] != ABSENT;
    }

    /** The value of a signal the sample has. */
    public long value(Signal s) {
        long v = values[s.ordinal()];
        if (v == ABSENT) {
            throw new IllegalStateException(s.key() + " is not in this sample");
        }
        return v;
    }

    /** The signals present and their values. */
    public Map<Signal, Long> values() {
        Map<Signal, Long> out = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            if (has(s)) {
                out.put(s, values[s.ordinal()]);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample other && other.timeUs == timeUs && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timeUs) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Sample{t=" + timeUs + "us " + values() + "}";
    }
}
