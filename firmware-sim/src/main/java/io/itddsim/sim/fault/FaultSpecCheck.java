package io.itddsim.sim.fault;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a {@link FaultSpec} against the catalogue and the pump, and fills in defaults. Anything
 * unknown, unsupported or out of range is refused with a {@link SimInputException} that names the
 * offending field (relative to the spec: {@code parameters.duration}, {@code every}) and says what
 * was expected; nothing is ever accepted and silently ignored.
 */
public final class FaultSpecCheck {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_REPEAT = 1_000_000;

    private FaultSpecCheck() {}

    /**
     * Checks {@code spec} for a pump of {@code profile} filled with {@code drug}.
     *
     * @throws SimInputException naming the field and the reason, if the spec is refused
     */
    public static void check(FaultSpec spec, PumpProfile profile, String drug) {
        values(spec, profile, DrugLabel.offLabel(drug));
    }

    /** The catalogue entry with this spelling, or a refusal listing the known ones. */
    public static FaultKind kind(String key) {
        FaultKind k = key == null ? null : FaultKind.byKey(key);
        if (k == null) {
            throw new SimInputException(
                    Refusal.INVALID,
                    "fault",
                    "unknown fault \"" + key + "\"; the catalogue has: " + String.join(", ", keys()));
        }
        return k;
    }

    static FaultValues values(FaultSpec spec, PumpProfile profile, boolean offLabelDrug) {
        if (spec == null) {
            throw new SimInputException(Refusal.INVALID, "fault", "missing");
        }
        FaultKind kind = spec.kind();
        if (kind == null) {
            throw new SimInputException(
                    Refusal.INVALID, "fault", "missing; the catalogue has: " + String.join(", ", keys()));
        }
        if (spec.name() == null || !NAME.matcher(spec.name()).matches()) {
            throw new SimInputException(
                    Refusal.INVALID,
                    "name",
                    "expected 1 to 64 letters, digits, '-', '_' or '.'" + " starting with a letter or digit, got "
                            + (spec.name() == null ? "nothing" : "\"" + spec.name() + "\""));
        }
        SortedMap<String, Long> v = new TreeMap<>();
        for (Map.Entry<String, Long> e : spec.parameters().entrySet()) {
            FaultParameter p = kind.parameter(e.getKey());
            if (p == null) {
                throw new SimInputException(
                        Refusal.INVALID,
                        "parameters." + e.getKey(),
                        "unsupported parameter \"" + e.getKey() + "\" for " + kind.key() + "; " + accepted(kind));
            }
            Long value = e.getValue();
            if (value == null || value < p.min() || value > p.max()) {
                throw new SimInputException(
                        Refusal.OUT_OF_RANGE,
                        "parameters." + p.key(),
                        "expected " + p.min() + ".." + p.max() + " " + p.unit().symbol() + " for " + kind.key()
                                + ", got " + value);
            }
            v.put(p.key(), value);
        }
        for (FaultParameter p : kind.parameters()) {
            if (!v.containsKey(p.key())) {
                if (p.isRequired()) {
                    throw new SimInputException(
                            Refusal.INVALID,
                            "parameters." + p.key(),
                            "missing; " + kind.key() + " needs " + p.key() + " (" + p.meaning() + ", "
                                    + p.unit().symbol() + ")");
                }
                v.put(p.key(), p.defaultOn(profile, offLabelDrug));
            }
        }
        FaultValues values = new FaultValues(v);
        checkKindRules(kind, v);
        checkSchedule(kind, values, spec.schedule(), profile.tickUs());
        return values;
    }

    private static void checkKindRules(FaultKind kind, SortedMap<String, Long> v) {
        if (kind == FaultKind.MOTOR_STALL_INTERMITTENT) {
            if (v.get("episode_min") > v.get("episode_max")) {
                throw new SimInputException(
                        Refusal.OUT_OF_RANGE,
                        "parameters.episode_min",
                        "must not exceed episode_max (" + v.get("episode_max") + " us), got " + v.get("episode_min"));
            }
            long slotUs = v.get("window") / v.get("episodes");
            if (v.get("episode_max") > slotUs) {
                throw new SimInputException(
                        Refusal.OUT_OF_RANGE,
                        "parameters.episode_max",
                        v.get("episodes")
                                + " episodes must fit in the window without overlapping: at most window / episodes = "
                                + slotUs + " us each, got " + v.get("episode_max"));
            }
        }
    }

    private static void checkSchedule(FaultKind kind, FaultValues values, FaultSchedule s, long tickUs) {
        if (s == null) {
            throw new SimInputException(Refusal.INVALID, "schedule", "missing");
        }
        if (s.atUs() < 0) {
            throw new SimInputException(Refusal.OUT_OF_RANGE, "at", "must not be negative, got " + s.atUs());
        }
        if (s.forUs() < 0) {
            throw new SimInputException(Refusal.OUT_OF_RANGE, "for", "must not be negative, got " + s.forUs());
        }
        if (kind.endsByItself() && s.forUs() > 0) {
            throw new SimInputException(
                    Refusal.INVALID,
                    "for",
                    kind.key() + " ends by itself " + naturalEndWords(kind) + "; \"for\" is not supported");
        }
        checkCondition(s, tickUs);
        if (s.repeat() < 1 || s.repeat() > MAX_REPEAT) {
            throw new SimInputException(
                    Refusal.OUT_OF_RANGE, "repeat", "expected 1.." + MAX_REPEAT + ", got " + s.repeat());
        }
        if (s.repeat() == 1 && s.everyUs() != 0) {
            throw new SimInputException(Refusal.INVALID, "every", "applies only to a fault repeated 2 or more times");
        }
        if (s.repeat() > 1) {
            if (s.everyUs() <= 0) {
                throw new SimInputException(
                        Refusal.INVALID,
                        "every",
                        "a repeated fault needs the time between" + " occurrences, longer than zero");
            }
            long eachUs = kind.endsByItself() ? kind.naturalDurationUs(values) : s.forUs();
            if (kind.span() == FaultKind.Span.OPEN && eachUs == 0) {
                throw new SimInputException(
                        Refusal.INVALID,
                        "for",
                        "a repeated fault needs \"for\", so that each" + " occurrence ends before the next begins");
            }
            if (eachUs >= s.everyUs()) {
                throw new SimInputException(
                        Refusal.OUT_OF_RANGE,
                        "every",
                        "must be longer than each occurrence (" + eachUs + " us), got " + s.everyUs());
            }
        }
        if (s.probabilityPpm() < 0 || s.probabilityPpm() > FaultSchedule.CERTAIN_PPM) {
            throw new SimInputException(
                    Refusal.OUT_OF_RANGE,
                    "probability",
                    "expected 0 to 1 (0..1000000 ppm), got " + s.probabilityPpm() + " ppm");
        }
    }

    private static void checkCondition(FaultSchedule s, long tickUs) {
        FaultCondition c = s.when();
        if (c instanceof FaultCondition.Threshold t) {
            if (t.quantity() == null || t.comparison() == null) {
                throw new SimInputException(Refusal.INVALID, "when", "a threshold needs a quantity and a comparison");
            }
            if (t.value() < 0) {
                throw new SimInputException(
                        Refusal.OUT_OF_RANGE, "when", "the threshold must not be negative, got " + t.value());
            }
            if (s.pollUs() <= 0 || s.pollUs() % tickUs != 0) {
                throw new SimInputException(
                        Refusal.OUT_OF_RANGE,
                        "poll",
                        "expected a whole number of ticks (" + tickUs + " us) above zero, got " + s.pollUs() + " us");
            }
            return;
        }
        if (c instanceof FaultCondition.AfterEvent a && a.type() == null) {
            throw new SimInputException(Refusal.INVALID, "when", "an event condition needs an event type");
        }
        if (s.pollUs() != FaultSchedule.DEFAULT_POLL_US) {
            throw new SimInputException(Refusal.INVALID, "poll", "applies only to a \"when\" condition on a quantity");
        }
    }

    private static String naturalEndWords(FaultKind kind) {
        return switch (kind) {
            case MOTOR_STALL_TRANSIENT -> "after its duration (set that parameter instead)";
            case MOTOR_STALL_INTERMITTENT -> "after its window (set that parameter instead)";
            case MRI_EXPOSURE -> "after scan + recovery_delay (set those parameters instead)";
            default -> "in an instant (the damage stays until the firmware rewrites the memory)";
        };
    }

    private static String accepted(FaultKind kind) {
        if (kind.parameters().isEmpty()) {
            return "it takes no parameters";
        }
        List<String> keys = new ArrayList<>();
        for (FaultParameter p : kind.parameters()) {
            keys.add(p.key());
        }
        return "it takes: " + String.join(", ", keys);
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            keys.add(k.key());
        }
        return keys;
    }
}
