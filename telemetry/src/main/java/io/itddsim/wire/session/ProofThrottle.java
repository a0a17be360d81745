package io.itddsim.wire.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down guessing at a key: every failed proof is answered only after {@code failureDelay},
 * and each key id may fail at most {@code burst} times, then once per {@code refillEvery}; beyond
 * that its proofs are refused without being checked until the allowance comes back. Counted per
 * key id asked for, known or not (so the answer does not tell which ids exist), in a table of at
 * most {@value #KEY_IDS} ids, the least recently tried forgotten first.
 *
 * <p>The price: while someone guesses at a key, its holder may be refused too. That is the trade
 * ssh's MaxAuthTries and fail2ban make.
 */
public final class ProofThrottle {

    static final int KEY_IDS = 4096;

    /** One second per failure; five failures at once, then one every ten seconds. */
    public static final ProofThrottle DEFAULT =
            new ProofThrottle(Duration.ofSeconds(1), 5, Duration.ofSeconds(10), System::nanoTime);

    private final Duration failureDelay;
    private final long burst;
    private final Duration refillEvery;
    private final LongSupplier nanoTime;
    private final Map<String, Allowance> byKeyId = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Allowance> eldest) {
            return size() > KEY_IDS;
        }
    };

    /** Failures left, and when the last was refilled. */
    private static final class Allowance {
        long left;
        long refilledNanos;

        Allowance(long left, long now) {
            this.left = left;
            this.refilledNanos = now;
        }
    }

    public ProofThrottle(Duration failureDelay, long burst, Duration refillEvery, LongSupplier nanoTime) {
        if (failureDelay.isNegative() || burst <= 0 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("proof throttle: expected a delay >= 0, a burst > 0 and a refill"
                    + " period > 0, got " + failureDelay + ", " + burst + ", " + refillEvery);
        }
        this.failureDelay = failureDelay;
        this.burst = burst;
        this.refillEvery = refillEvery;
        this.nanoTime = nanoTime;
    }

    /** The same settings with a table of its own (one per pump host). */
    public ProofThrottle fresh() {
        return new ProofThrottle(failureDelay, burst, refillEvery, nanoTime);
    }

    /** Whether a proof for {@code keyId} may be checked now (false: refuse it unchecked). */
    public synchronized boolean mayCheck(String keyId) {
        Allowance a = allowance(keyId);
        return a.left > 0;
    }

    /** A proof for {@code keyId} failed (or was refused unchecked). */
    public synchronized void failed(String keyId) {
        Allowance a = allowance(keyId);
        if (a.left > 0) {
            a.left--;
        }
    }

    /** How long to wait before answering a failed proof. */
    public Duration failureDelay() {
        return failureDelay;
    }

    private Allowance allowance(String keyId) {
        long now = nanoTime.getAsLong();
        String id = keyId.length() > 128 ? keyId.substring(0, 128) : keyId;
        Allowance a = byKeyId.computeIfAbsent(id, k -> new Allowance(burst, now));
        long period = refillEvery.toNanos();
        long periods = (now - a.refilledNanos) / period;
        if (periods > 0) {
            a.left = Math.min(burst, a.left + periods);
            a.refilledNanos += periods * period;
        }
        if (a.left == burst) {
            a.refilledNanos = now;
        }
        return a;
    }
}
