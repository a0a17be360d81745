package io.itddsim.sim.fault;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A request to inject one fault: which catalogue entry, its parameters (by key, in the units
 * {@link FaultKind#parameters()} gives; absent ones take their defaults), when it acts, and the
 * name it goes by in records and in {@code clearFault}. A plain value: checking it is the job of
 * {@link FaultSpecCheck}, so that a bad spec arriving from a wire client is refused with a reason
 * rather than failing on construction.
 *
 * @param name       unique within a run: letters, digits, '-', '_' or '.'; also names the fault's
 *                   random stream {@code fault.<name>}
 * @param kind       the catalogue entry
 * @param parameters values by parameter key
 * @param schedule   when it acts
 */
public record FaultSpec(String name, FaultKind kind, SortedMap<String, Long> parameters, FaultSchedule schedule)
        implements java.io.Serializable {
    public FaultSpec {
        parameters =
                Collections.unmodifiableSortedMap(new TreeMap<>(parameters == null ? new TreeMap<>() : parameters));
    }

    /** A fault named after its kind, with default parameters, acting as {@code schedule} says. */
    public static FaultSpec of(FaultKind kind, FaultSchedule schedule) {
        return new FaultSpec(kind.key(), kind, new TreeMap<>(), schedule);
    }

    public FaultSpec named(String newName) {
        return new FaultSpec(newName, kind, parameters, schedule);
    }

    public FaultSpec with(String key, long value) {
        TreeMap<String, Long> p = new TreeMap<>(parameters);
        p.put(key, value);
        return new FaultSpec(name, kind, p, schedule);
    }

    public FaultSpec scheduled(FaultSchedule newSchedule) {
        return new FaultSpec(name, kind, parameters, newSchedule);
    }
}
