package io.itddsim.wire.host.state;

/** A state folder that cannot be used as it is; the message says what is wrong and what to do. */
public final class StateException extends Exception {
    private static final long serialVersionUID = 1L;

    public StateException(String message) {
        super(message);
    }

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
