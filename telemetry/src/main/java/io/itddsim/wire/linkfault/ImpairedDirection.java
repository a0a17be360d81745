package io.itddsim.wire.linkfault;

import io.itddsim.sim.random.SplitMix64;
import java.io.ByteArrayOutputStream;

/**
 * One direction of one link under the armed faults: damages bytes (loss, bit flips) and says when
 * they arrive (latency, jitter, rate limit; never out of order). Random streams are reseeded from
 * the conditions whenever they change. Confined to one thread (the link's reader or event loop).
 */
public final class ImpairedDirection {

    private static final long PPM = 1_000_000;

    private final LinkDirection direction;
    private final LinkFaultCounters counters;
    private final long linkSalt;
    private long generation = -1;
    private SplitMix64 damageStream;
    private SplitMix64 jitterStream;
    private long lastArrivalNanos = Long.MIN_VALUE;

    /**
     * @param linkSalt distinguishes links that share the conditions (several TCP connections), so
     *     they do not lose the same bytes; 0 for the one serial line
     */
    public ImpairedDirection(LinkDirection direction, LinkFaultCounters counters, long linkSalt) {
        this.direction = direction;
        this.counters = counters;
        this.linkSalt = linkSalt;
    }

    public Impairment impairment(LinkConditions conditions) {
        if (conditions.generation() != generation) {
            generation = conditions.generation();
            Impairment i = conditions.direction(direction);
            damageStream = new SplitMix64(i.lossSeed() ^ linkSalt);
            jitterStream = new SplitMix64(i.jitterSeed() ^ linkSalt);
        }
        return conditions.direction(direction);
    }

    /** The bytes that survive loss, with bit errors applied; the input is not changed. */
    public byte[] damage(byte[] bytes, int offset, int length, Impairment impairment) {
        if (!impairment.corrupts()) {
            return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        }
        ByteArrayOutputStream survivors = new ByteArrayOutputStream(length);
        long lost = 0;
        long flipped = 0;
        for (int i = offset; i < offset + length; i++) {
            if (impairment.byteLossPpm() > 0 && damageStream.chance(impairment.byteLossPpm(), PPM)) {
                lost++;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (impairment.bitErrorPpm() > 0) {
                for (int bit = 0; bit < 8; bit++) {
                    if (damageStream.chance(impairment.bitErrorPpm(), PPM)) {
                        b ^= 1 << bit;
                        flipped++;
                    }
                }
            }
            survivors.write(b);
        }
        counters.lost(lost);
        counters.flipped(flipped);
        return survivors.toByteArray();
    }

    /** Whether a whole frame of {@code length} bytes gets through undamaged (TCP: a damaged frame is lost whole). */
    public boolean frameSurvives(int length, Impairment impairment) {
        if (!impairment.corrupts()) {
            return true;
        }
        boolean intact = true;
        for (int i = 0; i < length && intact; i++) {
            intact = !(impairment.byteLossPpm() > 0 && damageStream.chance(impairment.byteLossPpm(), PPM));
            for (int bit = 0; bit < 8 && intact && impairment.bitErrorPpm() > 0; bit++) {
                intact = !damageStream.chance(impairment.bitErrorPpm(), PPM);
            }
        }
        if (!intact) {
            counters.frameLost();
        }
        return intact;
    }

    /** When {@code length} bytes sent at {@code nowNanos} arrive: never before earlier bytes. */
    public long arrivalNanos(long nowNanos, int length, Impairment impairment) {
        long delay = impairment.latencyUs() * 1_000;
        if (impairment.jitterUs() > 0) {
            delay += jitterStream.nextLong(0, impairment.jitterUs()) * 1_000;
        }
        long start = Math.max(nowNanos + delay, lastArrivalNanos);
        long transmit = impairment.bytesPerSecond() > 0 ? length * 1_000_000_000L / impairment.bytesPerSecond() : 0;
        lastArrivalNanos = start + transmit;
        return lastArrivalNanos;
    }
}
