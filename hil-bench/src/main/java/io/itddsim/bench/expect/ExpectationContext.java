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
import io.itddsim.sim.patient.Drug;
import io.itddsim.sim.patient.Syndrome;
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
     * {@code alarm TYPE}, {@code patient STATE [grade N]} or {@code timeline[N]}.
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
        if (text.startsWith("patient ")) {
            return patientAnchor(node, text.substring("patient ".length()).strip());
        }
        long us;
        try {
            us = QuantityKind.DURATION.parse(text);
        } catch (QuantityFormatException e) {
            throw node.error("expected start, a time such as 30d, fault NAME, event TYPE, alarm TYPE, patient STATE or"
                    + " timeline[N], got \""
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

    /** A signal; one of the patient's only in a scenario with a patient who is followed for it. */
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
        if (s.patient()) {
            List<Syndrome> followed = followed(node, s.key());
            if (s.syndrome() != null && !followed.contains(s.syndrome())) {
                throw notFollowed(node, s.syndrome(), followed);
            }
        }
        return s;
    }

    /** A clinical state the scenario's patient is followed for ({@code opioid_overdose}...). */
    public Syndrome syndrome(YamlValue node, String text) throws ScenarioError {
        List<Syndrome> followed = followed(node, "patient " + text);
        Syndrome s = Syndrome.byKey(text.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw unknown(
                    node,
                    "clinical state",
                    text,
                    followed.stream().map(Syndrome::key).toList(),
                    " (the states " + drug() + " is followed for, docs/PATIENT.md)");
        }
        if (!followed.contains(s)) {
            throw notFollowed(node, s, followed);
        }
        return s;
    }

    /** A grade of {@code s}: 1 to its highest. */
    public int grade(YamlValue node, Syndrome s) throws ScenarioError {
        return grade(node, s, node.asString().strip());
    }

    private static int grade(YamlValue node, Syndrome s, String text) throws ScenarioError {
        if (!text.matches("[1-9]") || Integer.parseInt(text) > s.maxGrade()) {
            throw node.error("expected a grade of " + s.key() + " from 1 to " + s.maxGrade() + " (" + gradeSigns(s)
                    + "), got \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    /** {@code STATE} or {@code STATE grade N}, after {@code patient }. */
    private Anchor patientAnchor(YamlValue node, String text) throws ScenarioError {
        String[] words = text.split("\\s+");
        if (words.length != 1 && !(words.length == 3 && words[1].equals("grade"))) {
            throw node.error("expected patient STATE or patient STATE grade N, got \"patient " + text + "\"");
        }
        Syndrome s = syndrome(node, words[0]);
        return new Anchor.PatientState(s, words.length == 3 ? grade(node, s, words[2]) : 1);
    }

    /** The states the scenario's patient is followed for; an error at {@code node} when it has none. */
    private List<Syndrome> followed(YamlValue node, String what) throws ScenarioError {
        if (plan.setup().patient() == null) {
            throw node.error(what + " is about the simulated patient, and this scenario has none: add a patient:"
                    + " section (docs/PATIENT.md)");
        }
        Drug drug = Drug.byName(plan.setup().prescription().drug());
        return drug == null ? List.of() : drug.drugClass().syndromes();
    }

    private String drug() {
        return plan.setup().prescription().drug();
    }

    private ScenarioError notFollowed(YamlValue node, Syndrome s, List<Syndrome> followed) {
        return node.error("a patient on " + drug() + " is not followed for " + s.key() + "; it is for "
                + String.join(", ", followed.stream().map(Syndrome::key).toList()) + " (docs/PATIENT.md)");
    }

    private static String gradeSigns(Syndrome s) {
        StringBuilder b = new StringBuilder();
        for (int g = 1; g <= s.maxGrade(); g++) {
            b.append(g == 1 ? "" : "; ").append(g).append(' ').append(s.signs(g));
        }
        return b.toString();
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
