package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.ExternalField;
import io.itddsim.sim.plant.Motor;

/**
 * An MRI scan (Medtronic MRI guidelines, TGA; DOMAIN.md 4): the scanner's field holds the rotor
 * magnet for the whole scan, and the rotor may stay stuck for a further {@code recovery_delay}
 * (usually none; 2 to 24 h reported). A pump infusing during the scan logs a stall; a pump
 * programmed to "stopped pump" for the scan drives no steps and so cannot notice one until it is
 * restarted (and not at all if the rotor has freed by then). The field itself is present for the
 * scan only; the pump's telemetry sensor feels it, and an alarming pump then holds infusion until
 * interrogated (the firmware's doing, not this fault's).
 */
final class MriExposure extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final Motor motor;
    private final ExternalField field;
    private final long scanUs;
    private final long holdUs;
    private long scanEndUs = Long.MAX_VALUE;
    private long endUs = Long.MAX_VALUE;
    private boolean inField;

    MriExposure(Motor motor, ExternalField field, long scanUs, long recoveryDelayUs) {
        this.motor = motor;
        this.field = field;
        this.scanUs = scanUs;
        this.holdUs = Math.addExact(scanUs, recoveryDelayUs);
    }

    @Override
    void start(long nowUs) {
        motor.holdByField();
        field.on();
        inField = true;
        scanEndUs = nowUs + scanUs;
        endUs = nowUs + holdUs;
    }

    @Override
    long nextUpdateUs(long nowUs) {
        return inField ? scanEndUs : Long.MAX_VALUE;
    }

    @Override
    void update(long nowUs) {
        if (inField && nowUs >= scanEndUs) {
            leaveField();
        }
    }

    private void leaveField() {
        field.off();
        inField = false;
    }

    @Override
    void stop(long nowUs) {
        if (inField) {
            leaveField();
        }
        motor.releaseField();
    }

    @Override
    long naturalEndUs() {
        return endUs;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(scanEndUs).add(endUs).add(inField);
    }
}
