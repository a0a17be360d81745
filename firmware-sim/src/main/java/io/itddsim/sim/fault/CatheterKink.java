package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.FlowPath;

/**
 * A kinked catheter: a partial obstruction whose resistance is {@code resistance_factor} times the
 * open catheter's. The catheter wall's compliance smooths the pump's pulses, so a mild kink costs
 * nothing; a severe one raises the pressure past roller slip and part of each stroke stays behind.
 */
final class CatheterKink extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final FlowPath flow;
    private final long extraPpm;

    CatheterKink(FlowPath flow, long resistanceFactor) {
        this.flow = flow;
        this.extraPpm = Math.multiplyExact(resistanceFactor - 1, 1_000_000L);
    }

    @Override
    void start(long nowUs) {
        flow.setResistanceExtraPpm(flow.resistanceExtraPpm() + extraPpm, nowUs);
    }

    @Override
    void stop(long nowUs) {
        flow.setResistanceExtraPpm(flow.resistanceExtraPpm() - extraPpm, nowUs);
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(extraPpm);
    }
}
