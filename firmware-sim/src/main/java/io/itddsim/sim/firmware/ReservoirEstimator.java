package io.itddsim.sim.firmware;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The firmware's belief about the reservoir: the volume entered at the last fill less the nominal
 * volume of every stroke commanded since. It is computed, never measured (Medtronic FSN 2016), so a
 * pump that delivers more per stroke than nominal runs dry while this still shows drug; the low-
 * and empty-reservoir alarms come from this number, never from the true volume.
 */
final class ReservoirEstimator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long emptyLevelNl;
    private long lowLevelNl;
    private long filledNl;
    private long commandedSinceFillNl;
    private boolean lowSeen;
    private boolean emptySeen;

    ReservoirEstimator(PumpProfile profile, long lowLevelNl) {
        this.emptyLevelNl = profile.get(ProfileParameter.EMPTY_RESERVOIR_NL);
        this.lowLevelNl = lowLevelNl;
    }

    void setLowLevel(long nl) {
        lowLevelNl = nl;
        lowSeen = low();
    }

    void filled(long volumeNl) {
        filledNl = volumeNl;
        commandedSinceFillNl = 0;
        lowSeen = low();
        emptySeen = empty();
    }

    void strokeCommanded(long strokeVolumeNl) {
        commandedSinceFillNl += strokeVolumeNl;
    }

    /** Estimated volume, never below zero (the pump displays no negative volume). */
    long estimatedNl() {
        return Math.max(0, filledNl - commandedSinceFillNl);
    }

    boolean low() {
        return estimatedNl() <= lowLevelNl;
    }

    boolean empty() {
        return estimatedNl() <= emptyLevelNl;
    }

    /** True once when the estimate first reaches the low level after a fill. */
    boolean crossedLow() {
        if (!lowSeen && low()) {
            lowSeen = true;
            return true;
        }
        return false;
    }

    /** True once when the estimate first reaches the empty level after a fill. */
    boolean crossedEmpty() {
        if (!emptySeen && empty()) {
            emptySeen = true;
            return true;
        }
        return false;
    }

    /** A low or empty crossing is waiting to be logged at the next supervision. */
    boolean crossingPending() {
        return (!lowSeen && low()) || (!emptySeen && empty());
    }

    /**
     * Strokes of {@code strokeNl}, at most {@code atMost}, that leave {@link #low()} and
     * {@link #empty()} as they are now.
     */
    long strokesBeforeLevelChange(long strokeNl, long atMost) {
        long estimate = estimatedNl();
        if (estimate - atMost * strokeNl > lowLevelNl && estimate - atMost * strokeNl > emptyLevelNl) {
            return atMost; // neither level is reached: spare the divisions
        }
        long limit = atMost;
        if (!low()) {
            limit = Math.min(limit, ceilDiv(estimate - lowLevelNl, strokeNl) - 1);
        }
        if (!empty()) {
            limit = Math.min(limit, ceilDiv(estimate - emptyLevelNl, strokeNl) - 1);
        }
        return limit;
    }

    /** The estimate after {@code strokes} more strokes of {@code strokeNl}. */
    long estimateAfter(long strokes, long strokeNl) {
        return Math.max(0, filledNl - commandedSinceFillNl - strokes * strokeNl);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    void hashInto(StateDigest d) {
        d.section("estimate")
                .add(filledNl)
                .add(commandedSinceFillNl)
                .add(lowLevelNl)
                .add(lowSeen)
                .add(emptySeen);
    }
}
