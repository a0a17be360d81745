package io.itddsim.wire.serial;

/**
 * Emulates a serial line's rate: a line at B baud with 8N1 framing carries B/10 bytes a second,
 * whatever the device underneath (a pseudo-terminal ignores the baud rate, STACK.md). A writer
 * asks whether the line is free, sends a frame, and the line is busy for the frame's bytes.
 * Not thread-safe: one per writer thread.
 */
public final class LinePacer {

    /** Start, 8 data and 1 stop bit: 10 bit times per byte. */
    private static final long BITS_PER_BYTE = 10;

    private long bytesPerSecond;
    private long freeAtNanos;

    public LinePacer(long baudRate) {
        setBaudRate(baudRate);
    }

    public void setBaudRate(long baudRate) {
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
        this.bytesPerSecond = Math.max(1, baudRate / BITS_PER_BYTE);
    }

    public long bytesPerSecond() {
        return bytesPerSecond;
    }

    /** Whether a new frame may start at {@code nowNanos}. */
    public boolean free(long nowNanos) {
        return nowNanos - freeAtNanos >= 0;
    }

    /** Nanoseconds until the line is free (0 when it is). */
    public long nanosUntilFree(long nowNanos) {
        return Math.max(0, freeAtNanos - nowNanos);
    }

    /** {@code bytes} go out from {@code nowNanos} (or when the line frees, if later). */
    public void sent(long nowNanos, int bytes) {
        long start = free(nowNanos) ? nowNanos : freeAtNanos;
        freeAtNanos = start + bytes * 1_000_000_000L / bytesPerSecond;
    }
}
