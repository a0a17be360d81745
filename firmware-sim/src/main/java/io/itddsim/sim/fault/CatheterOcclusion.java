package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.FlowPath;

/**
 * A complete catheter occlusion (DOMAIN.md 5): nothing leaves the tip. Pressure rises behind it as
 * the catheter wall stretches, up to roller slip, after which the rotor turns without delivering.
 * When it clears, what the wall held reaches the spinal fluid as a bolus.
 */
final class CatheterOcclusion extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final FlowPath flow;

    CatheterOcclusion(FlowPath flow) {
        this.flow = flow;
    }

    @Override
    void start(long nowUs) {
        flow.occlude(nowUs);
    }

    @Override
    void stop(long nowUs) {
        flow.clearOcclusion(nowUs);
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add("occlusion");
    }
}
