package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.Motor;
import io.itddsim.sim.plant.PeristalticRotor;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Stopped or stalled for more than 48 h is a risk factor for later over-infusion (HSA 2016;
 * DOMAIN.md 4, 5). This watches the rotor (the plant's own motion, not the firmware's belief):
 * when it turns again after standing still at least {@code min_stop}, the stroke volume rises by
 * {@code gain_ppm}, each time. Whether the pump is one that does this at all is the schedule's
 * {@code probability}.
 *
 * <p>Motion is looked at on the progressive-fault grid ({@code fault_ramp_interval_us}), so a stop
 * is measured to within one interval, conservatively (the shorter bound is used).
 */
final class OverInfusionAfterStop extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final Motor motor;
    private final PeristalticRotor rotor;
    private final long minStopUs;
    private final long gainPpm;
    private final long intervalUs;

    private long lastPulses;
    private long lastMotionSeenUs;
    private long rises;

    OverInfusionAfterStop(PumpProfile profile, Motor motor, PeristalticRotor rotor, long minStopUs, long gainPpm) {
        this.motor = motor;
        this.rotor = rotor;
        this.minStopUs = minStopUs;
        this.gainPpm = gainPpm;
        this.intervalUs = profile.get(ProfileParameter.FAULT_RAMP_INTERVAL_US);
    }

    @Override
    void start(long nowUs) {
        lastPulses = motor.stepsMoved();
        lastMotionSeenUs = nowUs;
    }

    @Override
    void stop(long nowUs) {
        // the rises already applied stay
    }

    @Override
    long nextUpdateUs(long nowUs) {
        return Math.multiplyExact(Math.floorDiv(nowUs, intervalUs) + 1, intervalUs);
    }

    @Override
    void update(long nowUs) {
        long pulses = motor.stepsMoved();
        if (pulses == lastPulses) {
            return;
        }
        // it turned within the last interval; before that it stood still since lastMotionSeenUs
        long stoodStillUs = nowUs - intervalUs - lastMotionSeenUs;
        if (stoodStillUs >= minStopUs) {
            rotor.setGainDriftPpm(rotor.gainDriftPpm() + gainPpm);
            rises++;
        }
        lastPulses = pulses;
        lastMotionSeenUs = nowUs;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(lastPulses).add(lastMotionSeenUs).add(rises);
    }
}
