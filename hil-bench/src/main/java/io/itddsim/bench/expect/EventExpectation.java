package io.itddsim.bench.expect;

import io.itddsim.sim.event.EventType;

/**
 * {@code event:} the pump logs an event of a type in a window; {@code no_event:} it logs none.
 * The event log is what a real pump reports too, so this is observable on every target.
 */
final class EventExpectation extends WrittenExpectation {
    private final EventType type;
    private final Window window;
    private final boolean wanted;

    EventExpectation(Location location, String name, EventType type, Window window, boolean wanted) {
        super(location, name);
        this.type = type;
        this.window = window;
        this.wanted = wanted;
    }

    @Override
    public String describe() {
        String w = window.describe();
        return (wanted ? "event " : "no_event ") + type + (w.isEmpty() ? "" : " " + w);
    }

    @Override
    public Verdict evaluate(Observations run) {
        Window.Span span = window.resolve(run);
        Verdict unjudgeable = unjudgeable(span);
        if (unjudgeable != null) {
            return unjudgeable;
        }
        ObservedEvent inside = null;
        ObservedEvent firstAnywhere = null;
        for (ObservedEvent e : run.events()) {
            if (e.event().type() != type) {
                continue;
            }
            if (firstAnywhere == null) {
                firstAnywhere = e;
            }
            if (span.contains(e.timeUs())) {
                inside = e;
                break;
            }
        }
        String anchor = window.anchorName();
        if (inside != null) {
            String seen = type + " logged at " + Times.at(inside.timeUs()) + " (entry " + inside.index() + ", value "
                    + inside.event().value() + ")";
            return wanted
                    ? Verdict.passed(
                            this, seen + Times.since(inside.timeUs(), span.fromUs(), anchor, window), inside.timeUs())
                    : Verdict.failed(this, seen + ", inside the window " + span.describe(), inside.timeUs());
        }
        if (!wanted) {
            return Verdict.passed(this, "no " + type + " logged " + span.describe(), span.endUs());
        }
        String hint = firstAnywhere == null
                ? "; the pump never logged one"
                : "; the first was logged at " + Times.at(firstAnywhere.timeUs());
        return Verdict.failed(this, "no " + type + " logged " + span.describe() + hint, span.endUs());
    }
}
