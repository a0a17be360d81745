package io.itddsim.sim.firmware;

import io.itddsim.sim.alarm.AlarmManager;
import io.itddsim.sim.hal.PumpHardware;

/**
 * The strokes to come at a steady basal rate, as the fast-forward over whole strokes needs them
 * (docs/PERFORMANCE.md "Whole strokes"): when each falls due, how long it keeps the motor busy, and
 * how many can pass before the reservoir estimate reaches an alarm level. Strokes fall due when
 * the exact accrual owes a whole stroke, so the j-th from now falls on a tick computed in one
 * division; nothing here is polled. The firmware applies a run with {@link Firmware#leapWholeStrokes}.
 */
public final class WholeStrokes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final DosingScheduler scheduler;
    private final MotorDriver driver;
    private final ReservoirEstimator estimator;
    private final StallDetector stall;
    private final TherapyControl therapy;
    private final AlarmManager alarms;
    private final PumpHardware hw;

    WholeStrokes(
            DosingScheduler scheduler,
            MotorDriver driver,
            ReservoirEstimator estimator,
            StallDetector stall,
            TherapyControl therapy,
            AlarmManager alarms,
            PumpHardware hw) {
        this.scheduler = scheduler;
        this.driver = driver;
        this.estimator = estimator;
        this.stall = stall;
        this.therapy = therapy;
        this.alarms = alarms;
        this.hw = hw;
    }

    /**
     * Whether supervising the strokes to come would do nothing but take them: a steady basal rate
     * (no bolus, no rate change now), no low or empty crossing waiting to be logged, no switch to
     * minimum rate due, no telemetry hold waiting for a field while an alarm sounds. A declared
     * stall does not count against it: whether the steps to come move (and would end it) is the
     * plant's to say, and the run takes {@link #take} or {@link #takeStalled} accordingly.
     */
    boolean onlyStrokesToTake(long nowUs) {
        boolean noOverride = therapy.override() == TherapyOverride.NONE;
        return scheduler.steadyBasal(nowUs)
                && !estimator.crossingPending()
                && !(estimator.empty() && noOverride)
                && !(alarms.nextToneUs() != Long.MAX_VALUE && noOverride && hw.telemetryFieldDetected());
    }

    /** What {@code ticks} ticks in which {@code strokes} whole strokes are taken, every step moving, do. */
    void take(long ticks, long strokes) {
        commandStrokes(ticks, strokes);
        stall.afterMovedSteps(hw);
    }

    /**
     * As {@link #take}, where each stroke's first step moves and the last {@code missed} steps of the
     * last stroke missed (fewer than the detector needs to declare a stall).
     */
    void takeEndingInMisses(long ticks, long strokes, long missed) {
        commandStrokes(ticks, strokes);
        stall.afterStepsEndingInMisses(hw, missed);
    }

    /** Consecutive missed steps at which a stall is declared: a run may end in fewer. */
    public long stallConfirmSteps() {
        return stall.confirmSteps();
    }

    /**
     * What {@code ticks} ticks in which {@code strokes} whole strokes are driven while a stall is
     * declared, no step moving, do: the strokes are commanded and driven as ever, and the detector
     * counts every step missed (the stall stays declared, nothing is logged).
     */
    void takeStalled(long ticks, long strokes) {
        commandStrokes(ticks, strokes);
        stall.afterMissedSteps(Math.multiplyExact(strokes, driver.stepsPerStroke()));
    }

    private void commandStrokes(long ticks, long strokes) {
        scheduler.leap(ticks, strokes);
        estimator.strokeCommanded(Math.multiplyExact(strokes, scheduler.strokeVolumeNl()));
        driver.leapStrokes(strokes);
    }

    /** Whether a stall is declared: the next steps must then all miss for a run to be taken ({@link #takeStalled}). */
    public boolean stallDeclared() {
        return stall.stalled();
    }

    /** Strokes falling due within the next {@code ticks} ticks (at most {@link #maxTicks()}). */
    public long dueWithin(long ticks) {
        return scheduler.strokesDueWithin(ticks);
    }

    /** The tick, counting this one as 0, on which the {@code j}-th stroke from now starts ({@code j >= 1}). */
    public long startTick(long j) {
        return scheduler.tickOfStroke(j);
    }

    /** The most ticks from one stroke's first tick to the next one's at this rate (strokes fall due at most this far apart). */
    public long maxStrokeSpacingTicks() {
        return scheduler.maxStrokeSpacingTicks();
    }

    /** Ticks between two steps of a stroke. */
    public long stepPeriodTicks() {
        return driver.stepPeriodTicks();
    }

    /** Ticks from a stroke's first tick until the pump rests again (the tick clearing the step flag included). */
    public long ticksToRest() {
        return driver.ticksToRest();
    }

    /** Ticks from a stroke's first tick through its last motor step. */
    public long ticksToLastStep() {
        return driver.ticksToLastStep();
    }

    public long stepsPerStroke() {
        return driver.stepsPerStroke();
    }

    /** The longest run, in ticks, whose arithmetic stays far from overflow at this rate. */
    public long maxTicks() {
        return scheduler.maxSteadyTicks();
    }

    /**
     * Of the next {@code atMost} strokes, how many leave the low- and empty-reservoir conditions as
     * they are (if fewer than {@code atMost}, the one after would change one).
     */
    public long beforeReservoirLevelChange(long atMost) {
        return estimator.strokesBeforeLevelChange(scheduler.strokeVolumeNl(), atMost);
    }

    /** The firmware's reservoir estimate after {@code strokes} more strokes. */
    public long reservoirEstimateAfterNl(long strokes) {
        return estimator.estimateAfter(strokes, scheduler.strokeVolumeNl());
    }
}
