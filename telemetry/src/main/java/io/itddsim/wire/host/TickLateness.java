package io.itddsim.wire.host;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * How late the real-time pacer started each tick against its wall-clock deadline, and how many
 * ticks overran (started more than one tick period late). The sim thread records without locks
 * (HdrHistogram's {@link Recorder}); any other thread may read a snapshot at any time.
 */
public final class TickLateness {

    /**
     * Lateness beyond this is recorded as this. A fixed range: an auto-resizing histogram grows
     * (allocates and copies) on the sim thread the first time a tick is very late, which is when
     * the sim thread can least afford it. Resolution: a microsecond.
     */
    static final long MAX_RECORDED_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final Recorder recorder = new Recorder(1_000, MAX_RECORDED_NANOS, 3);
    private final Histogram total = new Histogram(1_000, MAX_RECORDED_NANOS, 3);
    private final AtomicLong overruns = new AtomicLong();

    /** Sim thread: one tick started {@code latenessNanos} after its deadline. */
    void record(long latenessNanos, boolean overrun) {
        recorder.recordValue(Math.min(MAX_RECORDED_NANOS, Math.max(0, latenessNanos)));
        if (overrun) {
            overruns.incrementAndGet();
        }
    }

    public long overruns() {
        return overruns.get();
    }

    /** Everything recorded so far, in nanoseconds. A copy: the caller may keep it. */
    public synchronized Histogram snapshotNanos() {
        total.add(recorder.getIntervalHistogram());
        return total.copy();
    }

    /** Forgets what was recorded (a benchmark's warm-up). */
    public synchronized void reset() {
        recorder.reset();
        total.reset();
        overruns.set(0);
    }
}
