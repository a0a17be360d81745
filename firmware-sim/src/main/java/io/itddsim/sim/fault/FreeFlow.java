package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.FlowPath;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Loss of roller occlusion: the rollers no longer seal the pump tubing, and the propellant's
 * pressure pushes solution through it whether the rotor turns or not (DOMAIN.md 5, over-infusion).
 * Nothing the firmware senses changes; its reservoir estimate keeps counting strokes only.
 *
 * <p>The flow is handed to the plant in batches, on a fixed grid of {@code free_flow_interval_us}
 * (what {@code rate x elapsed} adds up to, sub-nanolitre remainders carried): the same instants and
 * volumes with or without fast-forward, and no work on the ticks in between.
 */
final class FreeFlow extends FaultMechanism {
    private static final long serialVersionUID = 1L;

    private final FlowPath flow;
    private final long rateNlPerDay;
    private final long intervalUs;
    private long lastUs;
    /** Volume owed but not yet whole, in nL x us per day. */
    private long remainder;

    FreeFlow(PumpProfile profile, FlowPath flow, long rateNlPerDay) {
        this.flow = flow;
        this.rateNlPerDay = rateNlPerDay;
        this.intervalUs = profile.get(ProfileParameter.FREE_FLOW_INTERVAL_US);
    }

    @Override
    void start(long nowUs) {
        lastUs = nowUs;
        remainder = 0;
    }

    @Override
    long nextUpdateUs(long nowUs) {
        return Math.multiplyExact(Math.floorDiv(nowUs, intervalUs) + 1, intervalUs);
    }

    @Override
    void update(long nowUs) {
        long owed = ProgressiveMechanism.perDayExact(rateNlPerDay, nowUs - lastUs, remainder);
        remainder = ProgressiveMechanism.perDayRemainder(rateNlPerDay, nowUs - lastUs, remainder);
        lastUs = nowUs;
        if (owed > 0) {
            flow.freeFlow(owed, nowUs);
        }
    }

    @Override
    void stop(long nowUs) {
        update(nowUs); // what flowed up to the moment the rollers seal again
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(rateNlPerDay).add(lastUs).add(remainder);
    }
}
