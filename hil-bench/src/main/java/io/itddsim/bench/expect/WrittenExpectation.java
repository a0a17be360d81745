package io.itddsim.bench.expect;

/**
 * What every kind of expectation shares: where the scenario file wrote it, its optional name (the
 * label reports use instead of the description), and the verdict for a window that cannot be
 * judged.
 */
abstract class WrittenExpectation implements Expectation {
    private final Location location;
    private final String name;

    WrittenExpectation(Location location, String name) {
        this.location = location;
        this.name = name;
    }

    @Override
    public final String label() {
        return name != null ? name : describe();
    }

    @Override
    public final Location location() {
        return location;
    }

    /**
     * The verdict when {@code span} cannot be judged: not observable on this target, or failed
     * because its anchor never came (no time to report); null when it can be judged.
     */
    final Verdict unjudgeable(Window.Span span) {
        if (!span.observable()) {
            return Verdict.notObservable(this, span.problem());
        }
        if (!span.resolved()) {
            return Verdict.failed(this, span.problem(), Verdict.NO_TIME);
        }
        return null;
    }
}
