package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlValue;
import io.itddsim.sim.fault.Detector;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSpec;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The readers of the built-in expectation kinds (docs/BENCH.md, "Expectations"). */
final class BuiltInReaders {
    static final Set<String> SIGNAL_KEYS =
            union(ExpectationContext.WINDOW_KEYS, Set.of("min", "max", "near", "tolerance", "is", "at", "holds_for"));
    static final Set<String> FAULT_KEYS = Set.of("detected", "by", "within");
    static final Set<String> REFILL_KEYS = union(ExpectationContext.WINDOW_KEYS, Set.of("difference"));

    private BuiltInReaders() {}

    static Expectation alarm(YamlMap e, ExpectationContext c) throws ScenarioError {
        return new AlarmExpectation(c.location(e), c.name(e), c.alarmMatch(e.required("alarm")), c.window(e), true);
    }

    static Expectation noAlarm(YamlMap e, ExpectationContext c) throws ScenarioError {
        return new AlarmExpectation(c.location(e), c.name(e), c.alarmMatch(e.required("no_alarm")), c.window(e), false);
    }

    static Expectation event(YamlMap e, ExpectationContext c) throws ScenarioError {
        YamlValue type = e.required("event");
        return new EventExpectation(
                c.location(e), c.name(e), c.eventType(type, type.asString().strip()), c.window(e), true);
    }

    static Expectation noEvent(YamlMap e, ExpectationContext c) throws ScenarioError {
        YamlValue type = e.required("no_event");
        return new EventExpectation(
                c.location(e), c.name(e), c.eventType(type, type.asString().strip()), c.window(e), false);
    }

    /**
     * {@code signal: NAME} with exactly one condition (min and/or max; near with tolerance; is) and
     * either {@code at} or a window, optionally {@code holds_for}.
     */
    static Expectation signal(YamlMap e, ExpectationContext c) throws ScenarioError {
        Signal signal = c.signal(e.required("signal"));
        Condition condition = condition(e, c, signal);
        Anchor at = null;
        if (e.has("at")) {
            for (String other : List.of("after", "within", "before", "during", "holds_for")) {
                if (e.has(other)) {
                    throw e.required(other).error("\"at\" checks one instant; it takes no \"" + other + "\"");
                }
            }
            at = c.anchor(e.required("at"));
        }
        long holdsFor = Window.OPEN;
        if (e.has("holds_for")) {
            holdsFor = c.duration(e, "holds_for");
        }
        return new SignalExpectation(c.location(e), c.name(e), signal, condition, at, c.window(e), holdsFor);
    }

    private static Condition condition(YamlMap e, ExpectationContext c, Signal signal) throws ScenarioError {
        boolean range = e.has("min") || e.has("max");
        int given = (range ? 1 : 0) + (e.has("near") ? 1 : 0) + (e.has("is") ? 1 : 0);
        if (given != 1) {
            throw e.error(
                    given == 0
                            ? "expected a condition: min and/or max, near with tolerance, or is"
                            : "give one condition: min and/or max, near with tolerance, or is");
        }
        if (e.has("is")) {
            YamlValue node = e.required("is");
            if (signal.unit() != SignalUnit.STATE) {
                throw node.error(signal.key() + " is a quantity; \"is\" is for states (motor, battery, mode)");
            }
            int state = signal.stateIndex(node.asString().strip());
            if (state < 0) {
                throw node.error("unknown state \"" + node.asString() + "\" of " + signal.key() + "; expected one of "
                        + String.join(", ", signal.states()));
            }
            return new Condition.Is(state);
        }
        if (signal.unit() == SignalUnit.STATE) {
            throw e.error(signal.key() + " is a state; check it with \"is\" (one of "
                    + String.join(", ", signal.states()) + ")");
        }
        if (range) {
            Long min = e.has("min") ? bound(e.required("min"), signal) : null;
            Long max = e.has("max") ? bound(e.required("max"), signal) : null;
            if (min != null && max != null && min > max) {
                throw e.required("max").error("is below min");
            }
            return new Condition.Range(min, max);
        }
        YamlValue nearNode = e.required("near");
        Signal other = c.signal(nearNode);
        if (other.unit() != signal.unit() || other == signal) {
            throw nearNode.error("expected another signal measured like " + signal.key() + " (" + signal.unit()
                    + "), got " + other.key());
        }
        if (!e.has("tolerance")) {
            throw e.error("\"near\" needs a \"tolerance\": an amount such as "
                    + signal.unit().example() + " or a percentage such as 5%");
        }
        YamlValue tol = e.required("tolerance");
        String text = tol.asString().strip();
        if (text.endsWith("%")) {
            try {
                BigDecimal pct =
                        new BigDecimal(text.substring(0, text.length() - 1).strip());
                if (pct.signum() < 0) {
                    throw tol.error("a tolerance must not be negative");
                }
                return new Condition.Near(other, -1, pct.movePointRight(4).longValueExact());
            } catch (NumberFormatException | ArithmeticException ex) {
                throw tol.error("expected a percentage such as 5% (at most four decimals), got \"" + text + "\"");
            }
        }
        return new Condition.Near(other, bound(tol, signal), -1);
    }

    private static long bound(YamlValue node, Signal signal) throws ScenarioError {
        try {
            return signal.unit().parse(node.asString());
        } catch (IllegalArgumentException ex) {
            throw node.error(signal.key() + " is measured as " + signal.unit() + ": " + ex.getMessage());
        }
    }

    /** {@code fault: NAME}, {@code detected} (default true), {@code by DETECTOR}, {@code within LATENCY}. */
    static Expectation fault(YamlMap e, ExpectationContext c) throws ScenarioError {
        YamlValue nameNode = e.required("fault");
        String fault = c.faultName(nameNode, nameNode.asString().strip());
        FaultKind kind = kindOf(c, fault);
        boolean detected = e.optionalBoolean("detected").orElse(true);
        String by = null;
        if (e.has("by")) {
            YamlValue node = e.required("by");
            by = node.asString().strip();
            List<String> labels = kind.detectors().stream().map(Detector::label).toList();
            if (!labels.contains(by)) {
                throw node.error(
                        labels.isEmpty()
                                ? kind.key() + " has no detector: the pump cannot sense it (docs/FAULTS.md)"
                                : "unknown detector \"" + by + "\" for " + kind.key() + "; expected one of "
                                        + String.join(", ", labels));
            }
        }
        long within = Window.OPEN;
        if (e.has("within")) {
            if (!detected) {
                throw e.required("within").error("a missed fault has no detection latency; drop \"within\"");
            }
            within = e.requiredQuantity("within", QuantityKind.DURATION);
        }
        return new FaultExpectation(c.location(e), c.name(e), fault, detected, by, within);
    }

    private static FaultKind kindOf(ExpectationContext c, String fault) {
        for (FaultSpec f : c.plan().faults()) {
            if (f.name().equals(fault)) {
                return f.kind();
            }
        }
        throw new IllegalStateException("fault " + fault + " was checked to exist");
    }

    /** {@code refill_check: flagged|clean}, optionally {@code difference: {min, max}} and a window. */
    static Expectation refill(YamlMap e, ExpectationContext c) throws ScenarioError {
        YamlValue node = e.required("refill_check");
        String outcome = node.asString().strip();
        if (!outcome.equals("flagged") && !outcome.equals("clean")) {
            throw node.error("expected flagged (a volume discrepancy logged) or clean, got \"" + outcome + "\"");
        }
        Long min = null;
        Long max = null;
        if (e.has("difference")) {
            YamlMap d = e.requiredMap("difference");
            d.allowOnly(Set.of("min", "max"));
            if (!d.has("min") && !d.has("max")) {
                throw d.error("expected min and/or max: the volume expected minus the volume aspirated");
            }
            min = d.has("min") ? d.requiredQuantity("min", QuantityKind.VOLUME) : null;
            max = d.has("max") ? d.requiredQuantity("max", QuantityKind.VOLUME) : null;
        }
        return new RefillExpectation(c.location(e), c.name(e), outcome.equals("flagged"), min, max, c.window(e));
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
