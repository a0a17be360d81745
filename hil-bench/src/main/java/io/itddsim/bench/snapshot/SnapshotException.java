package io.itddsim.bench.snapshot;

/** A snapshot file that cannot be restored; the message says which file and why. */
public final class SnapshotException extends Exception {
    private static final long serialVersionUID = 1L;

    public SnapshotException(String message) {
        super(message);
    }
}
