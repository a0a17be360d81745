package io.itddsim.wire.linkfault;

/**
 * What the armed link faults do to one direction of a link. All zero is a perfect link.
 *
 * @param byteLossPpm      chance, in parts per million, that a byte is lost
 * @param bitErrorPpm      chance, in parts per million, that a bit is flipped
 * @param latencyUs        added one-way delay
 * @param jitterUs         extra delay drawn uniformly from 0 to this (order is kept: a line
 *                         does not reorder bytes)
 * @param bytesPerSecond   line-rate limit; 0 for none
 * @param lossSeed         seed of the loss and bit-error stream
 * @param jitterSeed       seed of the jitter stream
 */
public record Impairment(
        long byteLossPpm,
        long bitErrorPpm,
        long latencyUs,
        long jitterUs,
        long bytesPerSecond,
        long lossSeed,
        long jitterSeed) {

    public static final Impairment NONE = new Impairment(0, 0, 0, 0, 0, 0, 0);

    public boolean corrupts() {
        return byteLossPpm > 0 || bitErrorPpm > 0;
    }

    public boolean delays() {
        return latencyUs > 0 || jitterUs > 0 || bytesPerSecond > 0;
    }

    Impairment withLoss(long ppm, long seed) {
        return new Impairment(ppm, bitErrorPpm, latencyUs, jitterUs, bytesPerSecond, seed, jitterSeed);
    }

    Impairment withBitErrors(long ppm, long seed) {
        return new Impairment(byteLossPpm, ppm, latencyUs, jitterUs, bytesPerSecond, seed, jitterSeed);
    }

    Impairment withLatency(long latency, long jitter, long seed) {
        return new Impairment(byteLossPpm, bitErrorPpm, latency, jitter, bytesPerSecond, lossSeed, seed);
    }

    Impairment withRate(long rate) {
        return new Impairment(byteLossPpm, bitErrorPpm, latencyUs, jitterUs, rate, lossSeed, jitterSeed);
    }
}
