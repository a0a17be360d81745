package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The intrathecal catheter: a rigid tube of fixed internal (dead) volume and Poiseuille flow
 * resistance. Solution pushed in at the pump end pushes the same volume out of the tip, oldest
 * first, so after a concentration change the old drug still in the catheter is delivered first
 * (the reason for the bridge bolus). Contents are a queue of segments (volume, drug mass) in
 * fixed arrays: no allocation while pumping.
 */
public final class Catheter implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SEGMENTS = 32;

    private final long deadVolumeNl;
    /** Pressure drop per unit of flow: Pa per (nL/us). */
    private final long resistancePaUsPerNl;

    private final long[] segNl = new long[MAX_SEGMENTS];
    private final long[] segPg = new long[MAX_SEGMENTS];
    private int head;
    private int count;
    private long lastOutNl;
    private long lastOutPg;

    public Catheter(PumpProfile profile) {
        deadVolumeNl = profile.catheterVolumeNl();
        double radiusM = profile.get(ProfileParameter.CATHETER_INNER_DIAMETER_UM) / 2.0 * 1e-6;
        double lengthM = profile.get(ProfileParameter.CATHETER_LENGTH_MM) * 1e-3;
        double viscosityPaS = profile.get(ProfileParameter.CSF_VISCOSITY_UPA_S) * 1e-6;
        // Poiseuille: R = 8 mu L / (pi r^4) in Pa*s/m^3; 1 nL/us = 1e-12 m^3 / 1e-6 s = 1e-6 m^3/s
        double rPaSPerM3 = 8 * viscosityPaS * lengthM / (StrictMath.PI * StrictMath.pow(radiusM, 4));
        resistancePaUsPerNl = Math.round(rPaSPerM3 * 1e-6);
    }

    /** Fills the catheter with solution of the given concentration (0 for saline or CSF). */
    public void fill(long concentrationUgPerMl) {
        head = 0;
        count = 1;
        segNl[0] = deadVolumeNl;
        segPg[0] = Math.multiplyExact(deadVolumeNl, concentrationUgPerMl);
    }

    /**
     * Pushes {@code inNl} of solution carrying {@code inPg} of drug in at the pump end; the same
     * volume leaves the tip (see {@link #lastOutNl()}, {@link #lastOutPg()}).
     */
    void push(long inNl, long inPg) {
        lastOutNl = 0;
        lastOutPg = 0;
        if (inNl == 0) {
            return;
        }
        append(inNl, inPg);
        takeFromTip(inNl);
    }

    /**
     * Pushes solution in at the pump end while the catheter cannot empty at the tip (an occlusion
     * or a high resistance): the wall stretches to hold it, nothing leaves. See {@link #flush}.
     */
    void pushHeld(long inNl, long inPg) {
        lastOutNl = 0;
        lastOutPg = 0;
        if (inNl > 0) {
            appendExact(inNl, inPg);
        }
    }

    /** Lets {@code outNl} leave at the tip, oldest first, without anything entering (see {@link #pushHeld}). */
    void flush(long outNl) {
        lastOutNl = 0;
        lastOutPg = 0;
        takeFromTipExact(outNl);
    }

    /**
     * As {@link #push}, exact for any volume: a catheter-port injection pushes millilitres of strong
     * solution, where mass x volume passes 2^63. {@link #push} keeps the plain products: a motor step
     * moves a few nanolitres, far from overflow, and it runs every step.
     */
    void pushBulk(long inNl, long inPg) {
        lastOutNl = 0;
        lastOutPg = 0;
        if (inNl == 0) {
            return;
        }
        appendExact(inNl, inPg);
        takeFromTipExact(inNl);
    }

    /**
     * Whether pushing {@code inNl} of concentration {@code pgPerNl} in one go ({@link #pushBulk})
     * leaves exactly what pushing it in any number of smaller pieces ({@link #push}, step by step)
     * would. The pieces extend one tail segment and take from the tip oldest first; a segment the
     * pieces use up entirely gives all its mass either way, and one left part-way gives the same
     * mass only if its concentration is a whole number of pg per nL (otherwise each piece's share is
     * rounded on its own). So: true unless the push stops part-way into such a segment. Changes nothing.
     */
    boolean pushInPiecesIsExactAtOnce(long inNl, long pgPerNl) {
        if (inNl == 0) {
            return true;
        }
        boolean extendsTail = count > 0 && segPg[tail()] == pgPerNl * segNl[tail()];
        boolean mergesOldest = !extendsTail && count == MAX_SEGMENTS;
        long remaining = inNl;
        int existing = count;
        for (int i = 0; i < existing && remaining > 0; i++) {
            int s = (head + i) % MAX_SEGMENTS;
            long nl = segNl[s];
            long pg = segPg[s];
            if (mergesOldest && i == 0) {
                int second = (head + 1) % MAX_SEGMENTS;
                nl += segNl[second];
                pg += segPg[second];
                i++;
            }
            boolean isTail = i == existing - 1;
            if (isTail && extendsTail) {
                return true; // the drug being pushed: whole concentration
            }
            if (remaining < nl) {
                return pg % nl == 0; // left part-way
            }
            remaining -= nl; // used up entirely (or exactly)
        }
        return true; // ends where a segment ends, or in the new tail segment of the drug being pushed
    }

    /**
     * {@link #pushBulk} of {@code inNl} at the whole concentration {@code pgPerNl}, where
     * {@link #pushInPiecesIsExactAtOnce} holds. A catheter holding nothing but that same solution
     * (as it does between refills) is left as it was and gives out what went in.
     */
    void pushWholeConcentration(long inNl, long pgPerNl) {
        if (count == 1 && segPg[head] == pgPerNl * segNl[head]) {
            lastOutNl = inNl;
            lastOutPg = inNl * pgPerNl;
            return;
        }
        pushBulk(inNl, inNl * pgPerNl);
    }

    /** As append, with the concentration compared exactly (for bulk moves that would overflow the plain product). */
    private void appendExact(long inNl, long inPg) {
        if (count > 0 && ExactMath.productsEqual(segPg[tail()], inNl, inPg, segNl[tail()])) {
            extendTail(inNl, inPg);
        } else {
            addSegment(inNl, inPg);
        }
    }

    private void append(long nl, long pg) {
        // same concentration: extend the tail (cross-multiplied to stay in integers)
        if (count > 0 && segPg[tail()] * nl == pg * segNl[tail()]) {
            extendTail(nl, pg);
        } else {
            addSegment(nl, pg);
        }
    }

    private int tail() {
        return (head + count - 1) % MAX_SEGMENTS;
    }

    private void extendTail(long nl, long pg) {
        int t = tail();
        segNl[t] += nl;
        segPg[t] += pg;
    }

    private void addSegment(long nl, long pg) {
        if (count == MAX_SEGMENTS) {
            // Merge the two oldest: mixing at the tip end; mass is conserved exactly.
            int second = (head + 1) % MAX_SEGMENTS;
            segNl[second] += segNl[head];
            segPg[second] += segPg[head];
            head = second;
            count--;
        }
        int slot = (head + count) % MAX_SEGMENTS;
        segNl[slot] = nl;
        segPg[slot] = pg;
        count++;
    }

    private void takeFromTipExact(long wantNl) {
        takeFromTip(wantNl, true);
    }

    private void takeFromTip(long wantNl) {
        takeFromTip(wantNl, false);
    }

    /** Takes {@code wantNl} from the tip end, oldest first; {@code exact} splits a segment's mass without overflow. */
    private void takeFromTip(long wantNl, boolean exact) {
        long remaining = wantNl;
        while (remaining > 0 && count > 0) {
            long nl = Math.min(remaining, segNl[head]);
            long pg = nl == segNl[head]
                    ? segPg[head]
                    : exact ? ExactMath.mulDiv(segPg[head], nl, segNl[head]) : segPg[head] * nl / segNl[head];
            segNl[head] -= nl;
            segPg[head] -= pg;
            lastOutNl += nl;
            lastOutPg += pg;
            remaining -= nl;
            if (segNl[head] == 0) {
                head = (head + 1) % MAX_SEGMENTS;
                count--;
            }
        }
    }

    long lastOutNl() {
        return lastOutNl;
    }

    long lastOutPg() {
        return lastOutPg;
    }

    /** Pressure drop along the catheter for {@code volumeNl} flowing over {@code durationUs}. */
    public long pressureDropPa(long volumeNl, long durationUs) {
        return resistancePaUsPerNl * volumeNl / durationUs;
    }

    public long deadVolumeNl() {
        return deadVolumeNl;
    }

    /** Poiseuille resistance of the open catheter, Pa per (nL/us). */
    public long resistancePaUsPerNl() {
        return resistancePaUsPerNl;
    }

    public long volumeNl() {
        long v = 0;
        for (int i = 0; i < count; i++) {
            v += segNl[(head + i) % MAX_SEGMENTS];
        }
        return v;
    }

    public long massPg() {
        long m = 0;
        for (int i = 0; i < count; i++) {
            m += segPg[(head + i) % MAX_SEGMENTS];
        }
        return m;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("catheter").add(count);
        for (int i = 0; i < count; i++) {
            int s = (head + i) % MAX_SEGMENTS;
            d.add(segNl[s]).add(segPg[s]);
        }
    }
}
