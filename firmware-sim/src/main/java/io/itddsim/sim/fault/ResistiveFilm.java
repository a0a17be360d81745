package io.itddsim.sim.fault;

import io.itddsim.sim.plant.Battery;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The battery's resistive-film defect (TGA 2017, Medtronic 2011; DOMAIN.md 1): internal resistance
 * rises, by {@code initial_rise_mohm} at once and {@code growth_mohm_per_day} after. The open-circuit
 * voltage is unchanged, but under the motor's current the terminal voltage sags: the drive torque
 * falls (a stall) and, with the brown-out check, the processor resets (a low battery reset).
 */
final class ResistiveFilm extends ProgressiveMechanism {
    private static final long serialVersionUID = 1L;
    private static final long MAX_RESISTANCE_MOHM = Battery.MAX_RESISTANCE_MOHM;

    private final Battery battery;
    private final long initialRiseMilliOhm;
    private final long growthMilliOhmPerDay;

    ResistiveFilm(PumpProfile profile, Battery battery, long initialRiseMilliOhm, long growthMilliOhmPerDay) {
        super(profile);
        this.battery = battery;
        this.initialRiseMilliOhm = initialRiseMilliOhm;
        this.growthMilliOhmPerDay = growthMilliOhmPerDay;
    }

    @Override
    long effectAfter(long elapsedUs) {
        return Math.min(MAX_RESISTANCE_MOHM, initialRiseMilliOhm + perDay(growthMilliOhmPerDay, elapsedUs));
    }

    @Override
    void applyDelta(long delta, long nowUs) {
        battery.setInternalResistanceMilliOhm(
                Math.max(0, Math.min(MAX_RESISTANCE_MOHM, battery.internalResistanceMilliOhm() + delta)));
    }
}
