package io.itddsim.wire.linkfault;

import java.util.concurrent.atomic.AtomicLong;

/** What the link faults did: bytes lost, bits flipped, whole TCP frames lost. Any thread. */
public final class LinkFaultCounters {

    private final AtomicLong bytesLost = new AtomicLong();
    private final AtomicLong bitsFlipped = new AtomicLong();
    private final AtomicLong framesLost = new AtomicLong();

    void lost(long bytes) {
        bytesLost.addAndGet(bytes);
    }

    void flipped(long bits) {
        bitsFlipped.addAndGet(bits);
    }

    void frameLost() {
        framesLost.incrementAndGet();
    }

    public long bytesLost() {
        return bytesLost.get();
    }

    public long bitsFlipped() {
        return bitsFlipped.get();
    }

    public long framesLost() {
        return framesLost.get();
    }
}
