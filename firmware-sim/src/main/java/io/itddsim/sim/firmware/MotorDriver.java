package io.itddsim.sim.firmware;

import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Drives one stroke at a time: a fixed number of motor steps, one every step period. It does not
 * know whether the rotor moved; {@link StallDetector} judges that from the rotor sensor.
 */
final class MotorDriver implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long stepsPerStroke;
    private final long stepPeriodTicks;
    private long stepsRemaining;
    private long ticksToNextStep;
    private boolean steppedThisTick;
    private long stepsDriven;

    MotorDriver(PumpProfile profile) {
        stepsPerStroke = profile.get(ProfileParameter.STROKE_MOTOR_STEPS);
        stepPeriodTicks = profile.motorStepPeriodTicks();
    }

    void startStroke() {
        stepsRemaining = stepsPerStroke;
        ticksToNextStep = 0;
    }

    /** Abandons the stroke in progress (a reset or shutdown). */
    void abort() {
        stepsRemaining = 0;
    }

    /** Drives a step on this tick if one is due. */
    void onTick(PumpHardware hw) {
        steppedThisTick = false;
        if (stepsRemaining == 0) {
            return;
        }
        if (ticksToNextStep == 0) {
            hw.driveMotorStep();
            stepsRemaining--;
            stepsDriven++;
            steppedThisTick = true;
            ticksToNextStep = stepPeriodTicks - 1;
        } else {
            ticksToNextStep--;
        }
    }

    /** Ticks from a stroke's first tick until the pump is at rest again: its steps, and the tick that clears the step flag. */
    long ticksToRest() {
        return (stepsPerStroke - 1) * stepPeriodTicks + 2;
    }

    /** Ticks from a stroke's first tick to its last step, both counted. */
    long ticksToLastStep() {
        return (stepsPerStroke - 1) * stepPeriodTicks + 1;
    }

    long stepPeriodTicks() {
        return stepPeriodTicks;
    }

    long stepsPerStroke() {
        return stepsPerStroke;
    }

    /** Where {@code strokes} whole strokes, driven one after the other and each finished, leave the driver. */
    void leapStrokes(long strokes) {
        stepsDriven += strokes * stepsPerStroke;
        stepsRemaining = 0;
        ticksToNextStep = stepPeriodTicks - 1;
        steppedThisTick = false;
    }

    boolean busy() {
        return stepsRemaining > 0;
    }

    boolean steppedThisTick() {
        return steppedThisTick;
    }

    long stepsDriven() {
        return stepsDriven;
    }

    void hashInto(StateDigest d) {
        d.section("driver")
                .add(stepsRemaining)
                .add(ticksToNextStep)
                .add(steppedThisTick)
                .add(stepsDriven);
    }
}
