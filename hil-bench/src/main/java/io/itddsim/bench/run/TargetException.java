package io.itddsim.bench.run;

/**
 * A target could not run a scenario: unreachable, refused the bench, lost the link, or cannot
 * express what the scenario asks (a fault schedule the wire cannot carry). The scenario has no
 * verdicts; the message says why.
 */
public final class TargetException extends Exception {
    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
