package io.itddsim.bench.expect;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code alarm:} an alarm is raised in a window; {@code no_alarm:} none is raised in it, and none
 * raised earlier is still sounding when it opens. Alarm changes are what the pump announces, so
 * this is observable on every target.
 */
final class AlarmExpectation extends WrittenExpectation {
    private final AlarmMatch match;
    private final Window window;
    private final boolean wanted;

    AlarmExpectation(Location location, String name, AlarmMatch match, Window window, boolean wanted) {
        super(location, name);
        this.match = match;
        this.window = window;
        this.wanted = wanted;
    }

    @Override
    public String describe() {
        String w = window.describe();
        return (wanted ? "alarm " : "no_alarm ") + match.describe() + (w.isEmpty() ? "" : " " + w);
    }

    @Override
    public Verdict evaluate(Observations run) {
        Window.Span span = window.resolve(run);
        Verdict unjudgeable = unjudgeable(span);
        if (unjudgeable != null) {
            return unjudgeable;
        }
        AlarmChange inside = null;
        AlarmChange firstAnywhere = null;
        for (AlarmChange a : run.alarms()) {
            if (!match.matches(a.type())) {
                continue;
            }
            boolean raise = a.transition() == AlarmChange.Transition.RAISED
                    || (!wanted && a.transition() == AlarmChange.Transition.REACTIVATED);
            if (!raise) {
                continue;
            }
            if (firstAnywhere == null && a.transition() == AlarmChange.Transition.RAISED) {
                firstAnywhere = a;
            }
            if (span.contains(a.timeUs())) {
                inside = a;
                break;
            }
        }
        long from = span.fromUs();
        String anchor = window.anchorName();
        if (wanted) {
            if (inside != null) {
                return Verdict.passed(
                        this,
                        inside.type() + " raised at " + Times.at(inside.timeUs())
                                + Times.since(inside.timeUs(), from, anchor, window),
                        inside.timeUs());
            }
            String hint = firstAnywhere == null
                    ? "; none was raised in the whole run"
                    : "; the first was raised at " + Times.at(firstAnywhere.timeUs());
            return Verdict.failed(this, "no " + match.noun() + " raised " + span.describe() + hint, span.endUs());
        }
        List<AlarmChange> soundingAtStart = soundingAt(run, from);
        if (!soundingAtStart.isEmpty()) {
            AlarmChange a = soundingAtStart.get(0);
            return Verdict.failed(
                    this,
                    a.type() + " raised at " + Times.at(a.raisedUs()) + " was still active when the window opened at "
                            + Times.at(from),
                    from);
        }
        if (inside != null) {
            return Verdict.failed(
                    this,
                    inside.type() + " " + inside.transition().name().toLowerCase(java.util.Locale.ROOT) + " at "
                            + Times.at(inside.timeUs()) + ", inside the window " + span.describe(),
                    inside.timeUs());
        }
        return Verdict.passed(this, "no " + match.noun() + " " + span.describe(), span.endUs());
    }

    /** Matching alarms in the active set just before {@code timeUs}: raised earlier and not yet cleared. */
    private List<AlarmChange> soundingAt(Observations run, long timeUs) {
        List<AlarmChange> active = new ArrayList<>();
        for (AlarmChange a : run.alarms()) {
            if (a.timeUs() >= timeUs) {
                break;
            }
            if (!match.matches(a.type())) {
                continue;
            }
            active.removeIf(x -> x.type() == a.type());
            if (a.transition() != AlarmChange.Transition.CLEARED) {
                active.add(a);
            }
        }
        return active;
    }
}
