package io.itddsim.sim.fault;

import io.itddsim.sim.plant.GearTrain;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Shaft wear or drive-gear corrosion: the gear train's friction factor rises steadily until the
 * load exceeds what the motor can produce and it stalls (a stall that, once reached, stays; near
 * the threshold a sagging battery or a pressure peak can make it come and go). Corrosion runs
 * faster with an off-label drug. DOMAIN.md 4: shaft wear 59%, gear corrosion 2% of returned
 * stalled pumps; more stalls with off-label drugs.
 */
final class GearFrictionRise extends ProgressiveMechanism {
    private static final long serialVersionUID = 1L;
    private final GearTrain gears;
    private final long wearPpmPerDay;

    GearFrictionRise(PumpProfile profile, GearTrain gears, long wearPpmPerDay) {
        super(profile);
        this.gears = gears;
        this.wearPpmPerDay = wearPpmPerDay;
    }

    @Override
    long effectAfter(long elapsedUs) {
        return perDay(wearPpmPerDay, elapsedUs);
    }

    @Override
    void applyDelta(long delta, long nowUs) {
        gears.setWearPpm(Math.min(MAX_EFFECT, gears.wearPpm() + delta));
    }
}
