package io.itddsim.bench.scenario;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultCondition;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultParameter;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.fault.FaultSpecCheck;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code faults:} section of a scenario (docs/SCENARIOS.md) into fault specs, each checked
 * by the model's own {@link FaultSpecCheck} here, so that an unknown fault, an unsupported parameter
 * or a value out of range stops the file from loading with its line and column.
 */
final class FaultSectionReader {
    private static final Set<String> ENTRY_KEYS =
            Set.of("fault", "name", "at", "when", "poll", "for", "repeat", "every", "probability", "parameters");
    private static final Pattern THRESHOLD = Pattern.compile("\\s*([a-z_]+)\\s*(<=|>=|<|>)\\s*(.+?)\\s*");
    private static final Pattern AFTER = Pattern.compile("\\s*after\\s+([A-Za-z_]+)\\s*");

    private final PumpProfile profile;
    private final String drug;
    private final long durationUs;

    FaultSectionReader(PumpProfile profile, String drug, long durationUs) {
        this.profile = profile;
        this.drug = drug;
        this.durationUs = durationUs;
    }

    List<FaultSpec> read(YamlList list) throws ScenarioError {
        List<FaultSpec> out = new ArrayList<>();
        Map<String, Integer> namesAt = new LinkedHashMap<>();
        for (YamlValue item : list.items()) {
            YamlMap entry = item.asMap();
            FaultSpec spec = readEntry(entry);
            Integer earlier = namesAt.putIfAbsent(spec.name(), entry.line());
            if (earlier != null) {
                YamlValue at = entry.has("name") ? entry.required("name") : entry.required("fault");
                throw at.error("a fault named \"" + spec.name() + "\" is already given at line " + earlier
                        + "; give each a distinct \"name\"");
            }
            out.add(spec);
        }
        return out;
    }

    private FaultSpec readEntry(YamlMap entry) throws ScenarioError {
        entry.allowOnly(ENTRY_KEYS);
        YamlValue kindNode = entry.required("fault");
        FaultKind kind = kind(kindNode);
        String name = entry.optionalString("name").orElse(kind.key());
        long atUs = entry.optionalQuantity("at", QuantityKind.DURATION).orElse(0);
        if (atUs > durationUs) {
            throw entry.required("at")
                    .error("is after the end of the run (duration " + QuantityFormat.duration(durationUs) + ")");
        }
        FaultSchedule schedule = new FaultSchedule(
                atUs,
                condition(entry),
                entry.optionalQuantity("poll", QuantityKind.DURATION).orElse(FaultSchedule.DEFAULT_POLL_US),
                positive(entry, "for"),
                Math.toIntExact(
                        Math.min(Integer.MAX_VALUE, entry.optionalLong("repeat").orElse(1))),
                positive(entry, "every"),
                probabilityPpm(entry));
        FaultSpec spec = new FaultSpec(name, kind, parameters(kind, entry), schedule);
        try {
            FaultSpecCheck.check(spec, profile, drug);
        } catch (SimInputException e) {
            throw nodeFor(entry, e.field()).error(e, kind.key() + ": ");
        }
        return spec;
    }

    private static FaultKind kind(YamlValue node) throws ScenarioError {
        String key = node.asString();
        FaultKind kind = FaultKind.byKey(key);
        if (kind == null) {
            Set<String> known = new TreeSet<>();
            for (FaultKind k : FaultKind.values()) {
                known.add(k.key());
            }
            String hint = Spelling.closest(key, known)
                    .map(k -> " (did you mean \"" + k + "\"?)")
                    .orElse("");
            throw node.error("unknown fault \"" + key + "\"" + hint + "; the catalogue (docs/FAULTS.md) has: "
                    + String.join(", ", known));
        }
        return kind;
    }

    private static long positive(YamlMap entry, String key) throws ScenarioError {
        long v = entry.optionalQuantity(key, QuantityKind.DURATION).orElse(0);
        if (entry.has(key) && v == 0) {
            throw entry.required(key).error("expected a duration longer than zero");
        }
        return v;
    }

    private static long probabilityPpm(YamlMap entry) throws ScenarioError {
        if (!entry.has("probability")) {
            return FaultSchedule.CERTAIN_PPM;
        }
        YamlValue v = entry.required("probability");
        String text = v.asString().trim();
        try {
            BigDecimal p = new BigDecimal(text);
            if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                throw v.error("expected a probability from 0 to 1 such as 0.25, got " + text);
            }
            return p.movePointRight(6)
                    .setScale(0, java.math.RoundingMode.UNNECESSARY)
                    .longValueExact();
        } catch (ArithmeticException tooFine) {
            throw v.error("expected at most six decimals (a millionth), got " + text);
        } catch (NumberFormatException e) {
            throw v.error("expected a probability from 0 to 1 such as 0.25, got \"" + text + "\"");
        }
    }

    /** {@code reservoir_actual < 5 mL}, {@code delivered >= 10 mL}, or {@code after MOTOR_STALL}. */
    private static FaultCondition condition(YamlMap entry) throws ScenarioError {
        if (!entry.has("when")) {
            return null;
        }
        YamlValue node = entry.required("when");
        String text = node.asString();
        Matcher after = AFTER.matcher(text);
        if (after.matches()) {
            String type = after.group(1);
            for (EventType t : EventType.values()) {
                if (t.name().equals(type)) {
                    return new FaultCondition.AfterEvent(t);
                }
            }
            Set<String> names = new TreeSet<>();
            for (EventType t : EventType.values()) {
                names.add(t.name());
            }
            String hint = Spelling.closest(type, names)
                    .map(k -> " (did you mean \"" + k + "\"?)")
                    .orElse("");
            throw node.error("unknown event \"" + type + "\"" + hint + "; events: " + String.join(", ", names));
        }
        Matcher m = THRESHOLD.matcher(text);
        if (!m.matches()) {
            throw node.error("expected a condition such as \"reservoir_actual < 5 mL\" or \"after MOTOR_STALL\", got \""
                    + text + "\"");
        }
        FaultCondition.Quantity q = FaultCondition.Quantity.byKey(m.group(1));
        if (q == null) {
            List<String> keys = new ArrayList<>();
            for (FaultCondition.Quantity k : FaultCondition.Quantity.values()) {
                keys.add(k.key());
            }
            throw node.error(
                    "unknown quantity \"" + m.group(1) + "\"; a condition can read " + String.join(", ", keys));
        }
        long value;
        try {
            value = QuantityKind.VOLUME.parse(m.group(3));
        } catch (QuantityFormatException e) {
            throw node.error(q.key() + " is a volume: " + e.getMessage());
        }
        return new FaultCondition.Threshold(q, FaultCondition.Comparison.bySymbol(m.group(2)), value);
    }

    private static TreeMap<String, Long> parameters(FaultKind kind, YamlMap entry) throws ScenarioError {
        TreeMap<String, Long> values = new TreeMap<>();
        if (!entry.has("parameters")) {
            return values;
        }
        YamlMap params = entry.requiredMap("parameters");
        for (String key : params.keys()) {
            FaultParameter p = kind.parameter(key);
            YamlValue v = params.required(key);
            if (p == null) {
                // unsupported: the check refuses it with the list of accepted keys; give it a value to refuse
                values.put(key, 0L);
                continue;
            }
            values.put(
                    key,
                    switch (p.unit()) {
                        case DURATION_US -> v.asQuantity(QuantityKind.DURATION);
                        case VOLUME_RATE_NL_PER_DAY -> v.asQuantity(QuantityKind.VOLUME_RATE);
                        case FLAG -> v.asBoolean() ? 1L : 0L;
                        default -> v.asLong();
                    });
        }
        return values;
    }

    /** The node a check's field names: a parameter, a schedule key, or else the entry. */
    private static YamlValue nodeFor(YamlMap entry, String field) throws ScenarioError {
        if (field.startsWith("parameters.") && entry.has("parameters")) {
            YamlMap params = entry.requiredMap("parameters");
            String key = field.substring("parameters.".length());
            if (params.has(key)) {
                return params.required(key);
            }
            return entry.required("parameters");
        }
        if (entry.has(field)) {
            return entry.required(field);
        }
        return entry.required("fault");
    }
}
