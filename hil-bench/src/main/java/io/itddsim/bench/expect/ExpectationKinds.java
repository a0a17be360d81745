package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kinds of expectation a scenario's {@code expect:} list may hold, by the key that names each
 * ({@code alarm}, {@code signal}, {@code patient}...), with the other keys each accepts. A new kind
 * registers here with its reader; entries are checked for unknown keys before its reader sees them.
 */
public final class ExpectationKinds {

    /** A kind: its own keys besides its naming key and {@code name}, and its reader. */
    private record Kind(Set<String> keys, ExpectationReader reader) {}

    private final Map<String, Kind> kinds;

    private ExpectationKinds(Map<String, Kind> kinds) {
        this.kinds = Collections.unmodifiableMap(kinds);
    }

    /** The kinds docs/BENCH.md describes. */
    public static ExpectationKinds builtIn() {
        return new ExpectationKinds(new LinkedHashMap<>())
                .with("alarm", ExpectationContext.WINDOW_KEYS, BuiltInReaders::alarm)
                .with("no_alarm", ExpectationContext.WINDOW_KEYS, BuiltInReaders::noAlarm)
                .with("event", ExpectationContext.WINDOW_KEYS, BuiltInReaders::event)
                .with("no_event", ExpectationContext.WINDOW_KEYS, BuiltInReaders::noEvent)
                .with("signal", BuiltInReaders.SIGNAL_KEYS, BuiltInReaders::signal)
                .with("fault", BuiltInReaders.FAULT_KEYS, BuiltInReaders::fault)
                .with("refill_check", BuiltInReaders.REFILL_KEYS, BuiltInReaders::refill)
                .with("patient", PatientReaders.STATE_KEYS, PatientReaders::patient)
                .with("no_patient", PatientReaders.STATE_KEYS, PatientReaders::noPatient);
    }

    /** These kinds and one more, named by {@code key}, accepting {@code keys} besides it and {@code name}. */
    public ExpectationKinds with(String key, Set<String> keys, ExpectationReader reader) {
        if (kinds.containsKey(key)) {
            throw new IllegalArgumentException("an expectation kind \"" + key + "\" is already registered");
        }
        Map<String, Kind> more = new LinkedHashMap<>(kinds);
        more.put(key, new Kind(Set.copyOf(keys), reader));
        return new ExpectationKinds(more);
    }

    /** The naming keys, for messages. */
    public Set<String> keys() {
        return new TreeSet<>(kinds.keySet());
    }

    /** Reads one entry: exactly one naming key, only the keys its kind accepts. */
    Expectation read(YamlMap entry, ExpectationContext context) throws ScenarioError {
        // a misspelt kind ("alarms") is reported as an unknown key with a suggestion
        Set<String> known = new TreeSet<>(kinds.keySet());
        known.add("name");
        kinds.values().forEach(k -> known.addAll(k.keys()));
        entry.allowOnly(known);
        String key = entry.exactlyOneOf(kinds.keySet());
        Kind kind = kinds.get(key);
        Set<String> allowed = new TreeSet<>(kind.keys());
        allowed.add(key);
        allowed.add("name");
        entry.allowOnly(allowed);
        return kind.reader().read(entry, context);
    }
}
