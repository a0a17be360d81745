package io.itddsim.sim.fault;

import io.itddsim.sim.plant.PeristalticRotor;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Over-infusion (2014 notice, DOMAIN.md 5): the volume each motor step displaces rises, suddenly
 * by {@code onset_ppm}, then steadily by {@code rate_ppm_per_day}, up to {@code max_ppm}. The
 * firmware still counts nominal strokes, so its reservoir estimate falls behind the truth and the
 * pump can run dry before its (computed) low-reservoir alarm.
 */
final class StrokeVolumeDrift extends ProgressiveMechanism {
    private static final long serialVersionUID = 1L;
    private final PeristalticRotor rotor;
    private final long onsetPpm;
    private final long ratePpmPerDay;
    private final long maxPpm;

    StrokeVolumeDrift(PumpProfile profile, PeristalticRotor rotor, long onsetPpm, long ratePpmPerDay, long maxPpm) {
        super(profile);
        this.rotor = rotor;
        this.onsetPpm = onsetPpm;
        this.ratePpmPerDay = ratePpmPerDay;
        this.maxPpm = maxPpm;
    }

    @Override
    long effectAfter(long elapsedUs) {
        return Math.min(maxPpm, onsetPpm + perDay(ratePpmPerDay, elapsedUs));
    }

    @Override
    void applyDelta(long delta, long nowUs) {
        rotor.setGainDriftPpm(rotor.gainDriftPpm() + delta);
    }
}
