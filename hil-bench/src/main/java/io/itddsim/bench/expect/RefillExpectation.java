package io.itddsim.bench.expect;

/**
 * {@code refill_check:} every refill check in a window (at least one) came out {@code flagged}
 * (the pump logged a volume discrepancy) or {@code clean}, optionally with the discrepancy
 * (expected minus aspirated) in a range. A clean check's exact difference is not sent over the
 * wire, so a range on it is not observable there.
 */
final class RefillExpectation extends WrittenExpectation {
    private final boolean flagged;
    private final Long minNl;
    private final Long maxNl;
    private final Window window;

    RefillExpectation(Location location, String name, boolean flagged, Long minNl, Long maxNl, Window window) {
        super(location, name);
        this.flagged = flagged;
        this.minNl = minNl;
        this.maxNl = maxNl;
        this.window = window;
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("refill_check ").append(flagged ? "flagged" : "clean");
        if (minNl != null || maxNl != null) {
            b.append(" difference ").append(new Condition.Range(minNl, maxNl).describe(Signal.PROGRAMMED));
        }
        String w = window.describe();
        return w.isEmpty() ? b.toString() : b.append(' ').append(w).toString();
    }

    @Override
    public Verdict evaluate(Observations run) {
        Window.Span span = window.resolve(run);
        Verdict unjudgeable = unjudgeable(span);
        if (unjudgeable != null) {
            return unjudgeable;
        }
        StringBuilder seen = new StringBuilder();
        int checked = 0;
        for (RefillObservation r : run.refills()) {
            if (!span.contains(r.timeUs())) {
                continue;
            }
            checked++;
            String what = "refill at " + Times.at(r.timeUs()) + ": "
                    + (r.flagged() ? "discrepancy flagged" : "no discrepancy flagged")
                    + (r.differenceKnown()
                            ? " (expected minus aspirated " + SignalUnit.VOLUME.format(r.differenceNl()) + ")"
                            : "");
            if (r.flagged() != flagged) {
                return Verdict.failed(this, what, r.timeUs());
            }
            if (minNl != null || maxNl != null) {
                if (!r.differenceKnown()) {
                    return Verdict.notObservable(
                            this, "a clean refill's difference is not reported by " + run.target() + "; " + what);
                }
                if ((minNl != null && r.differenceNl() < minNl) || (maxNl != null && r.differenceNl() > maxNl)) {
                    return Verdict.failed(this, what, r.timeUs());
                }
            }
            seen.append(seen.isEmpty() ? "" : "; ").append(what);
        }
        if (checked == 0) {
            return Verdict.failed(this, "no refill " + span.describe(), span.endUs());
        }
        return Verdict.passed(this, seen.toString(), span.endUs());
    }
}
