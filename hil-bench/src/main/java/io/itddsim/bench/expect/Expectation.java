package io.itddsim.bench.expect;

/**
 * Something a scenario says must be true of its run, checked in sim time against what the run
 * produced ({@link Observations}). Each kind reads its own entry of the {@code expect:} list
 * (docs/BENCH.md); new kinds register with {@link ExpectationKinds}.
 */
public interface Expectation {

    /** One line saying what is expected, in the scenario's own terms ("alarm MOTOR_STALL within 10m after fault x"). */
    String describe();

    /** Where in the scenario file it was written. */
    Location location();

    /** Checks it against a run. */
    Verdict evaluate(Observations run);

    /** The entry's {@code name:}, or its description. */
    default String label() {
        return describe();
    }
}
