package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.FlowPath;

/**
 * Loss of roller occlusion: the rollers no longer seal the pump tubing, and the propellant's
 * pressure pushes solution through it whether the rotor turns or not (DOMAIN.md 5, over-infusion).
 * Nothing the firmware senses changes; its reservoir estimate keeps counting strokes only.
 */
final class FreeFlow extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final FlowPath flow;
    private final long rateNlPerDay;

    FreeFlow(FlowPath flow, long rateNlPerDay) {
        this.flow = flow;
        this.rateNlPerDay = rateNlPerDay;
    }

    @Override
    void start(long nowUs) {
        flow.setFreeFlowNlPerDay(flow.freeFlowNlPerDay() + rateNlPerDay);
    }

    @Override
    void stop(long nowUs) {
        flow.setFreeFlowNlPerDay(flow.freeFlowNlPerDay() - rateNlPerDay);
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(rateNlPerDay);
    }
}
