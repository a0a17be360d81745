package io.itddsim.sim;

/**
 * Bad input to the model: a parameter out of range, an invalid prescription, a command the pump
 * refuses. It names what was wrong ({@link #field()}) and why; the model state is unchanged when
 * it is thrown.
 */
public class SimInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final Refusal refusal;
    private final String reason;

    public SimInputException(String field, String reason) {
        this(Refusal.OUT_OF_RANGE, field, reason);
    }

    public SimInputException(Refusal refusal, String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.refusal = refusal;
        this.reason = reason;
    }

    /** The category of the refusal, for clients that react to it. */
    public Refusal refusal() {
        return refusal;
    }

    /** Why it was wrong, without the field: for a caller that names the input its own way. */
    public String reason() {
        return reason;
    }

    /** The input that was wrong, e.g. {@code prescription.rate_nl_per_day}. */
    public String field() {
        return field;
    }
}
