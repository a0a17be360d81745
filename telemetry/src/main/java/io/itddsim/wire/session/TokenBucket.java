package io.itddsim.wire.session;

import java.util.function.LongSupplier;

/**
 * A rate limit: up to {@code burst} at once, refilled at {@code perSecond}. Thread-safe; the clock
 * is given so tests can drive it.
 */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long perSecond;
    private final long burst;
    private final LongSupplier nanoTime;
    /** Tokens times NANOS_PER_SECOND, so a refill of less than a token is not lost. */
    private long scaledTokens;

    private long lastNanos;

    TokenBucket(long perSecond, long burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst <= 0) {
            throw new IllegalArgumentException(
                    "a rate limit needs a positive rate and burst, got " + perSecond + "/s burst " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.scaledTokens = burst * NANOS_PER_SECOND;
        this.lastNanos = nanoTime.getAsLong();
    }

    /** Takes one token if there is one. */
    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        long elapsed = Math.max(0, now - lastNanos);
        lastNanos = now;
        long cap = burst * NANOS_PER_SECOND;
        // elapsed * perSecond nanotokens; saturate rather than overflow after a long quiet spell
        long refill = elapsed > cap / perSecond ? cap : elapsed * perSecond;
        scaledTokens = Math.min(cap, scaledTokens + refill);
        if (scaledTokens < NANOS_PER_SECOND) {
            return false;
        }
        scaledTokens -= NANOS_PER_SECOND;
        return true;
    }
}
