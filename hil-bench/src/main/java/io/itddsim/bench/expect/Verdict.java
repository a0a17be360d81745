package io.itddsim.bench.expect;

/**
 * The outcome of one expectation on one run, with its evidence: what was seen (or not) and when,
 * in sim time, whether it passed or failed.
 *
 * @param expectation what was expected
 * @param outcome     passed, failed or not observable on the target
 * @param evidence    for people: the observed value or time that decided it
 * @param atUs        the sim time the evidence points at, or {@link #NO_TIME}
 */
public record Verdict(Expectation expectation, Outcome outcome, String evidence, long atUs) {
    public static final long NO_TIME = -1;

    /** How an expectation came out. */
    public enum Outcome {
        PASSED,
        FAILED,
        /** The target cannot report what the expectation is about; never counted as a pass. */
        NOT_OBSERVABLE
    }

    public static Verdict passed(Expectation e, String evidence, long atUs) {
        return new Verdict(e, Outcome.PASSED, evidence, atUs);
    }

    public static Verdict failed(Expectation e, String evidence, long atUs) {
        return new Verdict(e, Outcome.FAILED, evidence, atUs);
    }

    public static Verdict notObservable(Expectation e, String why) {
        return new Verdict(e, Outcome.NOT_OBSERVABLE, why, NO_TIME);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
