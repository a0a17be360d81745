package io.itddsim.sim.firmware;

import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Compares driven steps with rotor-magnet pulses. A stall is declared after a run of
 * {@code STALL_CONFIRM_STEPS} driven steps with no pulse, and a recovery at the first pulse after
 * that. It can only judge steps it drives: a pump that is not driving its motor (stopped pump,
 * between strokes) cannot notice a stall, as the field notes on MRI warn (DOMAIN.md 4).
 */
final class StallDetector implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long confirmSteps;
    private long lastPulses;
    private long consecutiveMissed;
    private long missedThisStall;
    private boolean stalled;

    StallDetector(PumpProfile profile, long initialPulses) {
        confirmSteps = profile.get(ProfileParameter.STALL_CONFIRM_STEPS);
        lastPulses = initialPulses;
    }

    /** Called after each tick on which the motor was driven. */
    void afterDrivenStep(PumpHardware hw, long nowUs, EventLog log) {
        long pulses = hw.rotorPulseCount();
        boolean moved = pulses != lastPulses;
        lastPulses = pulses;
        if (moved) {
            consecutiveMissed = 0;
            if (stalled) {
                stalled = false;
                log.log(nowUs, EventType.MOTOR_STALL_RECOVERED, missedThisStall);
            }
            return;
        }
        consecutiveMissed++;
        if (stalled) {
            missedThisStall++;
        } else if (consecutiveMissed >= confirmSteps) {
            stalled = true;
            missedThisStall = consecutiveMissed;
            log.log(nowUs, EventType.MOTOR_STALL, consecutiveMissed);
        }
    }

    /** Where a run of driven steps that all moved leaves the detector (only while no stall is declared). */
    void afterMovedSteps(PumpHardware hw) {
        lastPulses = hw.rotorPulseCount();
        consecutiveMissed = 0;
    }

    /**
     * Where a run of driven steps whose last {@code missed} missed (fewer than a stall) and whose
     * others moved, the first of them among those, leaves the detector (only while no stall is
     * declared): the moving steps reset the count of misses, the last ones count.
     */
    void afterStepsEndingInMisses(PumpHardware hw, long missed) {
        if (stalled || missed >= confirmSteps) {
            throw new IllegalStateException("a run ending in " + missed + " misses would declare a stall");
        }
        lastPulses = hw.rotorPulseCount();
        consecutiveMissed = missed;
    }

    /**
     * Where a run of {@code steps} driven steps that all missed leaves the detector, while a stall is
     * declared: each counts as missed, and none is logged (a stall is declared once, at its start).
     */
    void afterMissedSteps(long steps) {
        if (!stalled) {
            throw new IllegalStateException("missed steps are taken in one go only while a stall is declared");
        }
        consecutiveMissed = Math.addExact(consecutiveMissed, steps);
        missedThisStall = Math.addExact(missedThisStall, steps);
    }

    long confirmSteps() {
        return confirmSteps;
    }

    boolean stalled() {
        return stalled;
    }

    void hashInto(StateDigest d) {
        d.section("stall")
                .add(lastPulses)
                .add(consecutiveMissed)
                .add(missedThisStall)
                .add(stalled);
    }
}
