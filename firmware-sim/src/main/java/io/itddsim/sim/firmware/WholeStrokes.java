package io.itddsim.sim.firmware;

/**
 * The strokes to come at a steady basal rate, as the fast-forward over whole strokes needs them
 * (docs/PERFORMANCE.md "Whole strokes"): when each falls due, how long it keeps the motor busy, and
 * how many can pass before the reservoir estimate reaches an alarm level. Strokes fall due when
 * the exact accrual owes a whole stroke, so the j-th from now falls on a tick computed in one
 * division; nothing here is polled. Read-only: the firmware applies a run with
 * {@link Firmware#leapWholeStrokes}.
 */
public final class WholeStrokes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final DosingScheduler scheduler;
    private final MotorDriver driver;
    private final ReservoirEstimator estimator;

    WholeStrokes(DosingScheduler scheduler, MotorDriver driver, ReservoirEstimator estimator) {
        this.scheduler = scheduler;
        this.driver = driver;
        this.estimator = estimator;
    }

    /** Strokes falling due within the next {@code ticks} ticks (at most {@link #maxTicks()}). */
    public long dueWithin(long ticks) {
        return scheduler.strokesDueWithin(ticks);
    }

    /** The tick, counting this one as 0, on which the {@code j}-th stroke from now starts ({@code j >= 1}). */
    public long startTick(long j) {
        return scheduler.tickOfStroke(j);
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

    /** Strokes that leave the low- and empty-reservoir conditions as they are (the next one would change one). */
    public long beforeReservoirLevelChange() {
        return estimator.strokesBeforeLevelChange(scheduler.strokeVolumeNl());
    }

    /** The firmware's reservoir estimate after {@code strokes} more strokes. */
    public long reservoirEstimateAfterNl(long strokes) {
        return estimator.estimateAfter(strokes, scheduler.strokeVolumeNl());
    }
}
