package io.itddsim.trainer.drill;

import io.itddsim.bench.scenario.Quantities;
import io.itddsim.sim.alarm.AlarmType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the drill list (a YAML list of maps). Every error names the drill and the key and says
 * what was expected; a list with an error is refused whole.
 */
public final class DrillSpecReader {
    private static final Set<String> KEYS = Set.of(
            "id",
            "incident",
            "source",
            "scenario",
            "focus",
            "observe_at",
            "who",
            "situation",
            "silent_why",
            "action",
            "action_why");

    private DrillSpecReader() {}

    public static List<DrillSpec> read(String where, String yamlText) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        if (!(root instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": expected a list of drills");
        }
        List<DrillSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(where + ": drill " + (i + 1) + " is not a map");
            }
            DrillSpec spec = one(where + ": drill " + (i + 1), map);
            if (!ids.add(spec.id())) {
                throw new IllegalArgumentException(where + ": drill id '" + spec.id() + "' is used twice");
            }
            specs.add(spec);
        }
        return specs;
    }

    private static DrillSpec one(String where, Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'; expected one of " + KEYS);
            }
        }
        String id = text(where, map, "id");
        where = where + " (" + id + ")";
        String focusText = text(where, map, "focus");
        AlarmType focus = null;
        long observeAt = -1;
        String silentWhy = null;
        if (focusText.equals("none")) {
            observeAt = Quantities.durationUs(text(where, map, "observe_at"));
            silentWhy = text(where, map, "silent_why");
        } else {
            try {
                focus = AlarmType.valueOf(focusText);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        where + ": focus '" + focusText + "' is not an alarm of the model "
                                + java.util.Arrays.toString(AlarmType.values()) + " nor 'none'",
                        e);
            }
            if (map.containsKey("observe_at") || map.containsKey("silent_why")) {
                throw new IllegalArgumentException(where + ": observe_at and silent_why are for focus: none only");
            }
        }
        Action action;
        try {
            action = Action.valueOf(text(where, map, "action"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    where + ": action must be one of " + java.util.Arrays.toString(Action.values()), e);
        }
        return new DrillSpec(
                id,
                text(where, map, "incident"),
                text(where, map, "source"),
                text(where, map, "scenario"),
                focus,
                observeAt,
                text(where, map, "who"),
                text(where, map, "situation"),
                silentWhy,
                action,
                text(where, map, "action_why"));
    }

    private static String text(String where, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing or empty");
        }
        return String.valueOf(value).strip();
    }
}
