package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.Motor;

/**
 * An MRI scan (Medtronic MRI guidelines, TGA; DOMAIN.md 4): the scanner's field holds the rotor
 * magnet for the whole scan, and the rotor may stay stuck for a further {@code recovery_delay}
 * (usually none; 2 to 24 h reported). A pump infusing during the scan logs a stall; a pump
 * programmed to "stopped pump" for the scan drives no steps and so cannot notice one until it is
 * restarted (and not at all if the rotor has freed by then).
 */
final class MriExposure extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final Motor motor;
    private final long holdUs;
    private long endUs = Long.MAX_VALUE;

    MriExposure(Motor motor, long scanUs, long recoveryDelayUs) {
        this.motor = motor;
        this.holdUs = Math.addExact(scanUs, recoveryDelayUs);
    }

    @Override
    void start(long nowUs) {
        motor.holdByField();
        endUs = nowUs + holdUs;
    }

    @Override
    void stop(long nowUs) {
        motor.releaseField();
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
