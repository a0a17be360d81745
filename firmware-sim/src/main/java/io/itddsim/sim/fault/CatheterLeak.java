package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.FlowPath;

/**
 * A leak or a disconnection at the pump connector (DOMAIN.md 5): a share (all, when disconnected)
 * of what leaves the pump goes into the tissue instead of the spinal fluid. The pump cannot tell:
 * the rotor turns and the reservoir empties exactly as programmed.
 */
final class CatheterLeak extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final FlowPath flow;
    private final long leakPpm;
    private long appliedPpm;

    CatheterLeak(FlowPath flow, long leakPpm) {
        this.flow = flow;
        this.leakPpm = leakPpm;
    }

    @Override
    void start(long nowUs) {
        appliedPpm = Math.min(leakPpm, 1_000_000 - flow.leakPpm());
        flow.setLeakPpm(flow.leakPpm() + appliedPpm);
    }

    @Override
    void stop(long nowUs) {
        flow.setLeakPpm(flow.leakPpm() - appliedPpm);
        appliedPpm = 0;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(appliedPpm);
    }
}
