package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.GearTrain;

/**
 * Something jammed in the gear train (debris that later clears, or a foreign particle that does
 * not: FDA 2019 recall): a blocking torque the motor must overcome. With the default torque the
 * rotor cannot turn, and the firmware sees driven steps without rotor pulses: a stall, noticed
 * only when it next drives the motor (DOMAIN.md 4).
 */
final class GearJam extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final GearTrain gears;
    private final long torqueNnm;
    private final long durationUs;
    private long endUs = Long.MAX_VALUE;

    /**
     * @param durationUs how long the jam lasts before it clears by itself; {@code Long.MAX_VALUE}
     *                   for a jam that never clears
     */
    GearJam(GearTrain gears, long torqueNnm, long durationUs) {
        this.gears = gears;
        this.torqueNnm = torqueNnm;
        this.durationUs = durationUs;
    }

    @Override
    void start(long nowUs) {
        gears.setBlockingTorqueNnm(gears.blockingTorqueNnm() + torqueNnm);
        endUs = durationUs == Long.MAX_VALUE ? Long.MAX_VALUE : nowUs + durationUs;
    }

    @Override
    void stop(long nowUs) {
        gears.setBlockingTorqueNnm(gears.blockingTorqueNnm() - torqueNnm);
    }

    @Override
    long naturalEndUs() {
        return endUs;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(endUs);
    }
}
