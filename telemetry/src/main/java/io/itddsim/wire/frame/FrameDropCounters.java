package io.itddsim.wire.frame;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many frames a receiver dropped, by reason. One instance per link or per connection;
 * safe to read from another thread (a metrics scrape) while the receiver counts.
 */
public final class FrameDropCounters {

    private final AtomicLongArray counts = new AtomicLongArray(FrameDropReason.values().length);

    public void record(FrameDropReason reason) {
        counts.incrementAndGet(reason.ordinal());
    }

    public long count(FrameDropReason reason) {
        return counts.get(reason.ordinal());
    }

    public long total() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** The counts at one moment, every reason present (zero included), in declaration order. */
    public Map<FrameDropReason, Long> snapshot() {
        Map<FrameDropReason, Long> snapshot = new EnumMap<>(FrameDropReason.class);
        for (FrameDropReason reason : FrameDropReason.values()) {
            snapshot.put(reason, count(reason));
        }
        return snapshot;
    }

    @Override
    public String toString() {
        return "FrameDropCounters" + snapshot();
    }
}
