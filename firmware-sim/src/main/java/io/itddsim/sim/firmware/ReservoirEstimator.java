package io.itddsim.sim.firmware;

import io.itddsim.sim.hash.StateDigest;

/**
 * The firmware's belief about the reservoir: the volume entered at the last fill less the nominal
 * volume of every stroke commanded since. It is computed, never measured (Medtronic FSN 2016), so a
 * pump that delivers more per stroke than nominal runs dry while this still shows drug.
 */
final class ReservoirEstimator {
    private long filledNl;
    private long commandedSinceFillNl;

    void filled(long volumeNl) {
        filledNl = volumeNl;
        commandedSinceFillNl = 0;
    }

    void strokeCommanded(long strokeVolumeNl) {
        commandedSinceFillNl += strokeVolumeNl;
    }

    /** Estimated volume, never below zero (the pump displays no negative volume). */
    long estimatedNl() {
        return Math.max(0, filledNl - commandedSinceFillNl);
    }

    void hashInto(StateDigest d) {
        d.section("estimate").add(filledNl).add(commandedSinceFillNl);
    }
}
