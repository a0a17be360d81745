package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The gas-pressurised drug reservoir: the true volume and drug mass in it (ground truth, which the
 * firmware never sees). The propellant holds the pressure constant as it empties. Contents are
 * taken as well mixed; drug mass is in picograms (1 ug/mL = 1 pg/nL, so an integer concentration
 * gives exact masses) and taken out in proportion, so no drug is created or lost by rounding.
 */
public final class Reservoir implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long capacityNl;
    private final long pressurePa;
    private long volumeNl;
    private long massPg;
    /** What the last {@link #withdraw} call actually gave: set instead of returned to stay allocation-free. */
    private long lastWithdrawnNl;

    private long lastWithdrawnPg;

    public Reservoir(PumpProfile profile) {
        capacityNl = profile.get(ProfileParameter.RESERVOIR_CAPACITY_NL);
        pressurePa = profile.get(ProfileParameter.RESERVOIR_PRESSURE_PA);
    }

    /** Adds drug solution; refuses (changing nothing) what would overfill the reservoir. */
    public void add(long addNl, long concentrationUgPerMl) {
        if (addNl < 0 || concentrationUgPerMl < 0) {
            throw new IllegalArgumentException("volume and concentration must not be negative");
        }
        if (volumeNl + addNl > capacityNl) {
            throw new io.itddsim.sim.SimInputException(
                    "reservoir.volume",
                    "adding " + addNl + " nL to " + volumeNl + " nL exceeds the capacity of " + capacityNl + " nL");
        }
        volumeNl += addNl;
        massPg += Math.multiplyExact(addNl, concentrationUgPerMl);
    }

    /** Adds what fits and returns the nL that did not (it has nowhere to go but out of the septum). */
    long addUpToCapacity(long addNl, long concentrationUgPerMl) {
        long fits = Math.min(addNl, capacityNl - volumeNl);
        add(fits, concentrationUgPerMl);
        return addNl - fits;
    }

    /** Takes up to {@code wantNl}; less when the reservoir runs dry. See {@link #lastWithdrawnNl()}. */
    void withdraw(long wantNl) {
        long nl = Math.min(wantNl, volumeNl);
        long pg = volumeNl == 0 ? 0 : massPg * nl / volumeNl;
        volumeNl -= nl;
        massPg -= pg;
        lastWithdrawnNl = nl;
        lastWithdrawnPg = pg;
    }

    /**
     * As {@link #withdraw}, exact for any volume: a refill's aspiration takes millilitres, where mass
     * x volume passes 2^63. {@link #withdraw} keeps the plain product: a motor step or a free-flow
     * batch moves a few nanolitres (up to microlitres), far from overflow, and it runs every step.
     */
    void withdrawBulk(long wantNl) {
        long nl = Math.min(wantNl, volumeNl);
        long pg = volumeNl == 0 ? 0 : ExactMath.mulDiv(massPg, nl, volumeNl);
        volumeNl -= nl;
        massPg -= pg;
        lastWithdrawnNl = nl;
        lastWithdrawnPg = pg;
    }

    /**
     * The concentration in pg/nL (ug/mL) when the contents hold a whole number of picograms in
     * every nanolitre (one strength, as after any fill of an empty or same-strength reservoir; 0
     * when empty); -1 for a mix of strengths that does not. With a whole concentration every
     * withdrawal takes exactly concentration x volume, however the volume is split, and it stays
     * whole; a mix's withdrawals each round their mass on their own.
     */
    long wholeConcentrationPgPerNl() {
        if (volumeNl == 0) {
            return 0;
        }
        long pgPerNl = massPg / volumeNl;
        return pgPerNl * volumeNl == massPg ? pgPerNl : -1;
    }

    /** As {@link #withdraw}, for contents of the whole concentration {@code pgPerNl} ({@link #wholeConcentrationPgPerNl}). */
    void withdrawWholeConcentration(long wantNl, long pgPerNl) {
        long nl = Math.min(wantNl, volumeNl);
        long pg = nl * pgPerNl;
        volumeNl -= nl;
        massPg -= pg;
        lastWithdrawnNl = nl;
        lastWithdrawnPg = pg;
    }

    long lastWithdrawnNl() {
        return lastWithdrawnNl;
    }

    long lastWithdrawnPg() {
        return lastWithdrawnPg;
    }

    public long volumeNl() {
        return volumeNl;
    }

    public long massPg() {
        return massPg;
    }

    public long capacityNl() {
        return capacityNl;
    }

    public long pressurePa() {
        return pressurePa;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("reservoir").add(volumeNl).add(massPg);
    }
}
