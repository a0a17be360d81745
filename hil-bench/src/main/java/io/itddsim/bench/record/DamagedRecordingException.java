package io.itddsim.bench.record;

/**
 * A recording file that cannot be trusted: an entry whose checksum does not match, a truncated
 * entry, or bytes that are not a recording. Names the byte offset where the damaged entry starts.
 */
public final class DamagedRecordingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long offset;

    DamagedRecordingException(String file, long offset, int entry, String what) {
        super(file + ": damaged at byte offset " + offset + " (entry " + entry + "): " + what
                + "; the recording is refused");
        this.offset = offset;
    }

    /** Where the damaged entry starts, from the start of the file. */
    public long offset() {
        return offset;
    }
}
