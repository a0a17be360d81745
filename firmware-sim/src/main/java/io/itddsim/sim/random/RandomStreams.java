package io.itddsim.sim.random;

import java.nio.charset.StandardCharsets;

/**
 * Splits one master seed into independent named streams (DESIGN.md rule 3). A stream's seed
 * depends only on the master seed and its own name, so adding a fault with its own stream does
 * not change the numbers any other subsystem draws.
 */
public final class RandomStreams {
    private final long masterSeed;

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /** A fresh stream for {@code name}; the same name always gives the same sequence. */
    public SplitMix64 stream(String name) {
        long h = masterSeed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = SplitMix64.mix(h ^ (b & 0xff)) + 0x9e3779b97f4a7c15L;
        }
        return new SplitMix64(SplitMix64.mix(h));
    }
}
