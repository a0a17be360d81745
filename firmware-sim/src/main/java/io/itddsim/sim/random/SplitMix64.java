package io.itddsim.sim.random;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * One named random stream. SplitMix64 (Steele, Lea and Flood 2014) is written out here rather than
 * taken from {@code java.util.SplittableRandom} because the JDK does not promise that class's
 * sequence across releases, and the model must give the same numbers on every JVM for ever.
 */
public final class SplitMix64 implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [lowInclusive, highInclusive], without modulo bias worth noticing at 64 bits. */
    public long nextLong(long lowInclusive, long highInclusive) {
        if (highInclusive < lowInclusive) {
            throw new IllegalArgumentException("empty range " + lowInclusive + ".." + highInclusive);
        }
        long span = highInclusive - lowInclusive + 1;
        if (span <= 0) {
            return nextLong();
        }
        return lowInclusive + Math.floorMod(nextLong(), span);
    }

    /** True with probability numerator/denominator. */
    public boolean chance(long numerator, long denominator) {
        return nextLong(0, denominator - 1) < numerator;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public void hashInto(StateDigest digest) {
        digest.add(state);
    }
}
