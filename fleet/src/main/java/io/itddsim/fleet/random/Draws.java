package io.itddsim.fleet.random;

import io.itddsim.sim.random.RandomStreams;
import io.itddsim.sim.random.SplitMix64;

/**
 * The random numbers of one pump of a fleet, a pure function of the fleet's seed and the pump's id.
 *
 * <p>The split (docs/FLEET.md, "Each pump a pure function"): every draw for pump {@code id} comes
 * from the model's own named-stream splitter ({@link RandomStreams}, SplitMix64) with the fleet seed
 * as master and the stream name {@code pump/<id>/<purpose>}: {@code therapy}, {@code schedule},
 * {@code dropout}, {@code seed} (the emulator's master seed), {@code patient} (the simulated
 * patient's weight) and {@code mechanism/<name>} for each degradation mechanism. A pump's numbers
 * therefore depend on nothing else: not on the other pumps, the number of workers or the order they
 * run in, and adding a mechanism or a patient to the fleet file changes no other draw.
 *
 * <p>Continuous draws use {@link StrictMath}, whose results the Java specification fixes bit for
 * bit on every platform ({@link Math} may differ by an ulp between JVMs).
 */
public final class Draws {
    private final RandomStreams streams;
    private final int pumpId;

    public Draws(long fleetSeed, int pumpId) {
        this.streams = new RandomStreams(fleetSeed);
        this.pumpId = pumpId;
    }

    /** A fresh stream for one purpose of this pump; the same purpose always gives the same numbers. */
    public Stream stream(String purpose) {
        return new Stream(streams.stream("pump/" + pumpId + "/" + purpose));
    }

    /** One named stream with the continuous draws the fleet needs. */
    public static final class Stream {
        private final SplitMix64 random;

        Stream(SplitMix64 random) {
            this.random = random;
        }

        public long nextLong() {
            return random.nextLong();
        }

        /** Uniform in [0, 1), 53 random bits. */
        public double uniform() {
            return (random.nextLong() >>> 11) * 0x1.0p-53;
        }

        /** Uniform in (0, 1]: safe to take the logarithm of. */
        public double uniformOpenAtZero() {
            return 1.0 - uniform();
        }

        /** Exponential with mean 1. */
        public double exponential() {
            return -StrictMath.log(uniformOpenAtZero());
        }

        /** Standard normal, by Box-Muller (two uniforms per draw, the second value discarded). */
        public double normal() {
            double r = StrictMath.sqrt(-2.0 * StrictMath.log(uniformOpenAtZero()));
            return r * StrictMath.cos(2.0 * StrictMath.PI * uniform());
        }

        /** Uniform over the whole numbers lo..hi. */
        public long between(long lo, long hi) {
            return random.nextLong(lo, hi);
        }

        /** True with probability p. */
        public boolean chance(double p) {
            return uniform() < p;
        }
    }
}
