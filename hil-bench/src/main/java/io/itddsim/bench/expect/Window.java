package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;

/**
 * The stretch of sim time an expectation looks at: from an anchor ({@code after}, default the
 * start), for a time ({@code within}, inclusive) or up to another anchor ({@code before},
 * exclusive), or the span of a fault ({@code during}). With none of them it is the whole run.
 *
 * @param after    the start
 * @param withinUs the length, or {@link #OPEN}
 * @param before   the end, or null
 * @param during   a fault whose span it is, or null (then the others are unused)
 */
public record Window(Anchor after, long withinUs, Anchor before, String during) {
    public static final long OPEN = -1;
    public static final Window WHOLE_RUN = new Window(Anchor.START, OPEN, null, null);

    /**
     * A window resolved against a run: sim times from {@code fromUs} to {@code endUs} (included
     * when {@code endIncluded}), or why it has none.
     *
     * @param problem       null when resolved; else why the window does not exist in this run
     * @param observable    false when the window depends on something the target cannot report
     */
    public record Span(long fromUs, long endUs, boolean endIncluded, String problem, boolean observable) {
        public boolean resolved() {
            return problem == null;
        }

        public boolean contains(long timeUs) {
            return timeUs >= fromUs && (endIncluded ? timeUs <= endUs : timeUs < endUs);
        }

        /** "from 30d to 30d10m". */
        public String describe() {
            return "from " + QuantityFormat.duration(fromUs) + " to " + QuantityFormat.duration(endUs);
        }

        static Span failed(String problem) {
            return new Span(0, 0, false, problem, true);
        }

        static Span unobservable(String why) {
            return new Span(0, 0, false, why, false);
        }
    }

    /** As the scenario writes it: "within 10m after fault x", "before 20d", "during fault mri", "". */
    public String describe() {
        if (during != null) {
            return "during fault " + during;
        }
        StringBuilder b = new StringBuilder();
        if (withinUs != OPEN) {
            b.append("within ").append(QuantityFormat.duration(withinUs));
        }
        if (!after.equals(Anchor.START) || withinUs != OPEN) {
            b.append(b.isEmpty() ? "" : " ").append("after ").append(after.describe());
        }
        if (before != null) {
            b.append(b.isEmpty() ? "" : " ").append("before ").append(before.describe());
        }
        return b.toString();
    }

    /** What the window counts from, for evidence: "fault x" for {@code during}, else its {@code after} anchor. */
    public String anchorName() {
        return during != null ? "fault " + during : after.describe();
    }

    public Span resolve(Observations run) {
        if (during != null) {
            FaultWindow f = run.fault(during);
            if (f == null) {
                return Span.failed("fault " + during + " never began");
            }
            if (f.toUs() == FaultWindow.UNKNOWN) {
                return Span.unobservable(
                        "when fault " + during + " ended is ground truth, which " + run.target() + " does not report");
            }
            long end = f.toUs() == FaultWindow.OPEN ? run.durationUs() : f.toUs();
            return new Span(f.fromUs(), end, false, null, true);
        }
        for (Anchor a : new Anchor[] {after, before}) {
            String why = a == null ? null : a.unobservable(run);
            if (why != null) {
                return Span.unobservable(why);
            }
        }
        long from = after.resolve(run);
        if (from == Anchor.NEVER) {
            return Span.failed(after.never());
        }
        long end = run.durationUs();
        boolean included = false;
        if (withinUs != OPEN && from + withinUs < end) {
            end = from + withinUs;
            included = true;
        }
        if (before != null) {
            long until = before.resolve(run);
            if (until == Anchor.NEVER) {
                return Span.failed(before.never());
            }
            if (until <= end) {
                end = until;
                included = false;
            }
        }
        return new Span(from, Math.max(from, end), included, null, true);
    }

    /** Whether the window ends where its fault's ground-truth end lies (so a target must report it). */
    public boolean needsFaultEnd() {
        return during != null;
    }
}
