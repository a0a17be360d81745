package io.itddsim.wire.session;

import io.itddsim.proto.v1.Role;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many requests a client may send: each session at most {@code sessionPerSecond} (bursts of
 * {@code sessionBurst}), and all sessions of one key together at most {@code keyPerSecond}
 * (bursts of {@code keyBurst}). A client over either limit is answered RATE_LIMITED and nothing
 * reaches the pump. The bench role, a test harness on a pump in test mode, is not limited.
 *
 * <p>The per-key buckets are as many as the credentials file has keys, so no client can make the
 * table grow, and one key's flood cannot spend another key's allowance.
 */
public final class RequestLimits {

    /** A clinician's programmer sends a handful of requests a second at most; twenty is plenty. */
    public static final RequestLimits DEFAULT = new RequestLimits(20, 40, 40, 80, System::nanoTime);

    private final long sessionPerSecond;
    private final long sessionBurst;
    private final long keyPerSecond;
    private final long keyBurst;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> keys = new ConcurrentHashMap<>();

    public RequestLimits(
            long sessionPerSecond, long sessionBurst, long keyPerSecond, long keyBurst, LongSupplier nanoTime) {
        this.sessionPerSecond = sessionPerSecond;
        this.sessionBurst = sessionBurst;
        this.keyPerSecond = keyPerSecond;
        this.keyBurst = keyBurst;
        this.nanoTime = nanoTime;
        new TokenBucket(sessionPerSecond, sessionBurst, nanoTime); // checks the numbers now
        new TokenBucket(keyPerSecond, keyBurst, nanoTime);
    }

    /** The same limits with their own per-key state (one per pump host). */
    public RequestLimits fresh() {
        return new RequestLimits(sessionPerSecond, sessionBurst, keyPerSecond, keyBurst, nanoTime);
    }

    /** The limiter of one new session for {@code keyId} with {@code role}. */
    Limiter forSession(String keyId, Role role) {
        if (role == Role.ROLE_BENCH) {
            return () -> true;
        }
        TokenBucket session = new TokenBucket(sessionPerSecond, sessionBurst, nanoTime);
        TokenBucket key = keys.computeIfAbsent(keyId, k -> new TokenBucket(keyPerSecond, keyBurst, nanoTime));
        return () -> session.tryTake() && key.tryTake();
    }

    public String describe() {
        return sessionPerSecond + " requests a second per session (bursts of " + sessionBurst + "), " + keyPerSecond
                + " per key (bursts of " + keyBurst + ")";
    }

    /** One session's limit. */
    @FunctionalInterface
    interface Limiter {
        /** Whether one more request may go ahead now. */
        boolean allow();
    }
}
