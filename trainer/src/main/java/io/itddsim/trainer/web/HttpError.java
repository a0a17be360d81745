package io.itddsim.trainer.web;

/** A request the trainer cannot serve, with the status to answer and a message for the user. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }
}
