package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A fault's parameters after defaults are filled in and every value is checked: key to value. */
final class FaultValues implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final SortedMap<String, Long> values;

    FaultValues(SortedMap<String, Long> values) {
        this.values = new TreeMap<>(values);
    }

    long get(String key) {
        Long v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no parameter " + key + " (checked specs have every parameter)");
        }
        return v;
    }

    boolean flag(String key) {
        return get(key) != 0;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(values.size());
        for (Map.Entry<String, Long> e : values.entrySet()) {
            d.add(e.getKey()).add(e.getValue());
        }
    }
}
