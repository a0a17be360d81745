package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import java.util.List;

/**
 * {@code signal:} a status quantity satisfies a condition at a time ({@code at}), at every sample
 * of a window, or, with {@code holds_for}, for an unbroken stretch of at least that long somewhere
 * in the window (ArduPilot's wait-and-maintain). Checked at the status samples, which every target
 * takes on the same grid of sim time; a ground-truth signal on a target that does not report it is
 * not observable.
 */
final class SignalExpectation extends WrittenExpectation {
    private final Signal signal;
    private final Condition condition;
    private final Anchor at;
    private final Window window;
    private final long holdsForUs;

    /**
     * @param at         the instant, or null for a window
     * @param holdsForUs the stretch the condition must hold for, or {@link Window#OPEN} for the whole window
     */
    SignalExpectation(
            Location location,
            String name,
            Signal signal,
            Condition condition,
            Anchor at,
            Window window,
            long holdsForUs) {
        super(location, name);
        this.signal = signal;
        this.condition = condition;
        this.at = at;
        this.window = window;
        this.holdsForUs = holdsForUs;
    }

    @Override
    public String describe() {
        StringBuilder b =
                new StringBuilder("signal ").append(signal.key()).append(' ').append(condition.describe(signal));
        if (at != null) {
            return b.append(" at ").append(at.describe()).toString();
        }
        if (holdsForUs != Window.OPEN) {
            b.append(" for ").append(QuantityFormat.duration(holdsForUs));
        }
        String w = window.describe();
        return w.isEmpty() ? b.toString() : b.append(' ').append(w).toString();
    }

    @Override
    public Verdict evaluate(Observations run) {
        if (!run.observes(signal)) {
            return Verdict.notObservable(this, run.whyNotObservable(signal));
        }
        for (Signal other : condition.alsoReads()) {
            if (!run.observes(other)) {
                return Verdict.notObservable(this, run.whyNotObservable(other));
            }
        }
        return at != null ? atInstant(run) : overWindow(run);
    }

    /** The last sample at or before the instant: the value as last known then. */
    private Verdict atInstant(Observations run) {
        String why = at.unobservable(run);
        if (why != null) {
            return Verdict.notObservable(this, why);
        }
        long t = at.resolve(run);
        if (t == Anchor.NEVER) {
            return Verdict.failed(this, at.never(), Verdict.NO_TIME);
        }
        Sample found = null;
        for (Sample s : run.samples()) {
            if (s.timeUs() > t) {
                break;
            }
            found = s;
        }
        if (found == null) {
            return Verdict.failed(this, "no status sample at or before " + Times.at(t), t);
        }
        String seen = signal.key() + " was " + condition.show(signal, found) + " in the sample at "
                + Times.at(found.timeUs());
        return condition.holds(signal, found)
                ? Verdict.passed(this, seen, found.timeUs())
                : Verdict.failed(this, seen, found.timeUs());
    }

    private Verdict overWindow(Observations run) {
        Window.Span span = window.resolve(run);
        Verdict unjudgeable = unjudgeable(span);
        if (unjudgeable != null) {
            return unjudgeable;
        }
        List<Sample> inside =
                run.samples().stream().filter(s -> span.contains(s.timeUs())).toList();
        if (inside.isEmpty()) {
            return Verdict.failed(this, "no status sample " + span.describe(), span.fromUs());
        }
        return holdsForUs == Window.OPEN ? everySample(inside, span) : someStretch(inside, span);
    }

    private Verdict everySample(List<Sample> inside, Window.Span span) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Sample s : inside) {
            if (!condition.holds(signal, s)) {
                return Verdict.failed(
                        this,
                        "at " + Times.at(s.timeUs()) + " " + signal.key() + " was " + condition.show(signal, s),
                        s.timeUs());
            }
            lo = Math.min(lo, s.value(signal));
            hi = Math.max(hi, s.value(signal));
        }
        String range = lo == hi ? signal.format(lo) : signal.format(lo) + " to " + signal.format(hi);
        return Verdict.passed(
                this,
                "held at all " + inside.size() + " samples " + span.describe() + " (" + signal.key() + " " + range
                        + ")",
                inside.get(inside.size() - 1).timeUs());
    }

    private Verdict someStretch(List<Sample> inside, Window.Span span) {
        long bestFrom = -1;
        long bestLength = -1;
        long runFrom = -1;
        for (Sample s : inside) {
            if (condition.holds(signal, s)) {
                if (runFrom < 0) {
                    runFrom = s.timeUs();
                }
                long length = s.timeUs() - runFrom;
                if (length >= holdsForUs) {
                    return Verdict.passed(
                            this,
                            "held from " + Times.at(runFrom) + " to " + Times.at(s.timeUs()) + " ("
                                    + QuantityFormat.duration(length) + ")",
                            s.timeUs());
                }
                if (length > bestLength) {
                    bestLength = length;
                    bestFrom = runFrom;
                }
            } else {
                runFrom = -1;
            }
        }
        String best = bestFrom < 0
                ? "it never held at a sample"
                : "it held at most " + QuantityFormat.duration(bestLength) + ", from " + Times.at(bestFrom);
        return Verdict.failed(
                this,
                "no stretch of " + QuantityFormat.duration(holdsForUs) + " " + span.describe() + "; " + best,
                span.endUs());
    }
}
