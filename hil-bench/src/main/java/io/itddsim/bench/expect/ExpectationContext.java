package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.bench.scenario.QuantityFormatException;
import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.Spelling;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlValue;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an {@link ExpectationReader} needs besides its entry: the scenario's run plan (to check
 * that a named fault or timeline entry exists and a time is inside the run) and the readers of
 * what every kind shares: anchors, windows, alarm and event names, signals.
 */
public final class ExpectationContext {
    /** The keys of a window, which every kind but {@code fault} accepts. */
    public static final Set<String> WINDOW_KEYS = Set.of("after", "within", "before", "during");

    private static final Pattern TIMELINE = Pattern.compile("timeline\\[([0-9]+)]");

    private final String file;
    private final RunPlan plan;

    ExpectationContext(String file, RunPlan plan) {
        this.file = file;
        this.plan = plan;
    }

    public RunPlan plan() {
        return plan;
    }

    /** Where an entry is, for its expectation. */
    public Location location(YamlMap entry) {
        return new Location(file, entry.line(), entry.column(), entry.path());
    }

    /** The entry's optional {@code name}. */
    public String name(YamlMap entry) throws ScenarioError {
        return entry.optionalString("name").orElse(null);
    }

    /**
     * An anchor: {@code start}, a time such as {@code 30d}, {@code fault NAME}, {@code event TYPE},
     * {@code alarm TYPE} or {@code timeline[N]}.
     */
    public Anchor anchor(YamlValue node) throws ScenarioError {
        String text = node.asString().strip();
        if (text.equals("start")) {
            return Anchor.START;
        }
        Matcher timeline = TIMELINE.matcher(text);
        if (timeline.matches()) {
            int index = Integer.parseInt(timeline.group(1));
            if (index >= plan.timeline().size()) {
                throw node.error("the timeline has " + plan.timeline().size() + " entries (timeline[0] to timeline["
                        + (plan.timeline().size() - 1) + "]), so there is no timeline[" + index + "]");
            }
            return new Anchor.Command(index, plan.timeline().get(index).atUs());
        }
        if (text.startsWith("fault ")) {
            return new Anchor.FaultStart(
                    faultName(node, text.substring("fault ".length()).strip()));
        }
        if (text.startsWith("event ")) {
            return new Anchor.FirstEvent(
                    eventType(node, text.substring("event ".length()).strip()));
        }
        if (text.startsWith("alarm ")) {
            return new Anchor.FirstAlarm(
                    alarmType(node, text.substring("alarm ".length()).strip()));
        }
        long us;
        try {
            us = QuantityKind.DURATION.parse(text);
        } catch (QuantityFormatException e) {
            throw node.error(
                    "expected start, a time such as 30d, fault NAME, event TYPE, alarm TYPE or timeline[N], got \""
                            + text + "\"");
        }
        return new Anchor.At(inRun(node, us));
    }

    /** The window keys of an entry: after, within, before, during; none means the whole run. */
    public Window window(YamlMap entry) throws ScenarioError {
        if (entry.has("during")) {
            for (String other : List.of("after", "within", "before")) {
                if (entry.has(other)) {
                    throw entry.required(other).error("\"during\" is a whole window; it takes no \"" + other + "\"");
                }
            }
            YamlValue node = entry.required("during");
            String text = node.asString().strip();
            if (!text.startsWith("fault ")) {
                throw node.error("expected \"fault NAME\": a window is the span of a fault, got \"" + text + "\"");
            }
            return new Window(
                    Anchor.START,
                    Window.OPEN,
                    null,
                    faultName(node, text.substring(6).strip()));
        }
        Anchor after = entry.has("after") ? anchor(entry.required("after")) : Anchor.START;
        long within = Window.OPEN;
        if (entry.has("within")) {
            within = entry.requiredQuantity("within", QuantityKind.DURATION);
        }
        Anchor before = entry.has("before") ? anchor(entry.required("before")) : null;
        return new Window(after, within, before, null);
    }

    /** A duration no longer than the run. */
    public long duration(YamlMap entry, String key) throws ScenarioError {
        return inRun(entry.required(key), entry.requiredQuantity(key, QuantityKind.DURATION));
    }

    /** {@code MOTOR_STALL}, {@code critical}, {@code non_critical} or {@code any}. */
    public AlarmMatch alarmMatch(YamlValue node) throws ScenarioError {
        String text = node.asString().strip();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "any":
                return AlarmMatch.ANY;
            case "critical":
                return new AlarmMatch(null, AlarmSeverity.CRITICAL);
            case "non_critical":
                return new AlarmMatch(null, AlarmSeverity.NON_CRITICAL);
            default:
                return new AlarmMatch(alarmType(node, text), null);
        }
    }

    public AlarmType alarmType(YamlValue node, String text) throws ScenarioError {
        for (AlarmType t : AlarmType.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw unknown(node, "alarm", text, names(AlarmType.values()), "; or critical, non_critical, any");
    }

    public EventType eventType(YamlValue node, String text) throws ScenarioError {
        for (EventType t : EventType.values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw unknown(node, "event", text, names(EventType.values()), "");
    }

    public Signal signal(YamlValue node) throws ScenarioError {
        String text = node.asString().strip();
        Signal s = Signal.byName(text);
        if (s == null) {
            throw unknown(
                    node,
                    "signal",
                    text,
                    Arrays.stream(Signal.values()).map(Signal::key).toList(),
                    " (docs/BENCH.md lists them with their units)");
        }
        return s;
    }

    /** A fault of the scenario's {@code faults:} list. */
    public String faultName(YamlValue node, String name) throws ScenarioError {
        Set<String> names = new TreeSet<>();
        for (FaultSpec f : plan.faults()) {
            names.add(f.name());
        }
        if (!names.contains(name)) {
            if (names.isEmpty()) {
                throw node.error("the scenario injects no faults, so there is no fault \"" + name + "\"");
            }
            throw unknown(node, "fault", name, names, " (the names in faults:)");
        }
        return name;
    }

    private long inRun(YamlValue node, long us) throws ScenarioError {
        if (us > plan.durationUs()) {
            throw node.error(
                    "is after the end of the run (duration " + QuantityFormat.duration(plan.durationUs()) + ")");
        }
        return us;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static ScenarioError unknown(
            YamlValue node, String what, String got, java.util.Collection<String> known, String more) {
        Optional<String> hint = Spelling.closest(got, known);
        return node.error("unknown " + what + " \"" + got + "\""
                + hint.map(h -> " (did you mean \"" + h + "\"?)").orElse("") + "; expected one of "
                + String.join(", ", new TreeSet<>(known)) + more);
    }
}
