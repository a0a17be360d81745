package io.itddsim.sim.fault;

import io.itddsim.sim.plant.FlowPath;
import io.itddsim.sim.profile.PumpProfile;

/**
 * An inflammatory mass growing at the catheter tip (DOMAIN.md 5: 8.7% with hydromorphone, mean 35
 * months): the tip's resistance rises by {@code growth_per_day} times the open catheter's each day.
 * For a long while the catheter wall's compliance absorbs it and the pump delivers in full; once
 * the pressure needed passes roller slip, delivery falls, unnoticed by the pump.
 */
final class GranulomaGrowth extends ProgressiveMechanism {
    private static final long serialVersionUID = 1L;
    private final FlowPath flow;
    private final long growthPpmPerDay;

    GranulomaGrowth(PumpProfile profile, FlowPath flow, long growthTimesPerDay) {
        super(profile);
        this.flow = flow;
        this.growthPpmPerDay = Math.multiplyExact(growthTimesPerDay, 1_000_000L);
    }

    @Override
    long effectAfter(long elapsedUs) {
        return perDay(growthPpmPerDay, elapsedUs);
    }

    @Override
    void applyDelta(long delta, long nowUs) {
        flow.setResistanceExtraPpm(Math.min(MAX_EFFECT, flow.resistanceExtraPpm() + delta), nowUs);
    }
}
