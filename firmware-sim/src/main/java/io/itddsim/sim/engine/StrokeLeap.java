package io.itddsim.sim.engine;

import io.itddsim.sim.fault.FaultInjector;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.firmware.WholeStrokes;
import io.itddsim.sim.plant.LoadedRun;
import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Fast-forward over runs of whole strokes (docs/PERFORMANCE.md "Whole strokes"). Between events a
 * sound pump's strokes are alike up to the fixed-point carries, so a run of them is applied in one
 * go: the accrual and its stroke count, the steps' battery charge, the rotor's volume carry, the
 * drug moved from reservoir through catheter to the spinal fluid, the firmware's counters. The
 * result is the state stepping would reach, exactly; that is the contract, tested against stepping.
 *
 * <p>A run ends before the first moment anything else could happen, each computed rather than
 * polled: a command, a fault transition or update, a battery measurement, a memory scrub, a tone,
 * the alarm clock, a flex-dosing step, the reservoir estimate reaching its low or empty level, a
 * step that would no longer turn the shaft, a fault's threshold condition coming true, the end of
 * the run. The stroke that would cross such a line is stepped tick by tick, as is everything while
 * a bolus runs or an alarm cause changes.
 *
 * <p>Under a fault that acts on the motor, battery or flow path, or with a stall declared, strokes
 * are taken in one go as the plant says they can go ({@link LoadedRun}): steps that all miss while
 * the stall stays declared, steps that all move on an open path, or steps that all move against an
 * obstruction, stroke by stroke without their ticks (docs/MODEL.md "Whole strokes"). Such runs
 * also stop before every threshold poll. Anything else under a fault load is stepped.
 */
final class StrokeLeap implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Runs are cut at ten days so their arithmetic stays small whatever the profile (checks come more often anyway). */
    private static final long MAX_RUN_US = 10 * PumpProfile.US_PER_DAY;

    private final Plant plant;
    private final Firmware firmware;
    private final FaultInjector faults;
    private final long tickUs;
    private final long maxRunTicks;
    private LeapMutation mutation = LeapMutation.NONE;

    StrokeLeap(Plant plant, Firmware firmware, FaultInjector faults, long tickUs) {
        this.plant = plant;
        this.firmware = firmware;
        this.faults = faults;
        this.tickUs = tickUs;
        this.maxRunTicks = MAX_RUN_US / tickUs;
    }

    void mutate(LeapMutation m) {
        mutation = m;
    }

    LeapMutation mutation() {
        return mutation;
    }

    /** Whether a run of whole strokes may start at {@code nowUs}: the firmware rests between strokes. */
    boolean canStart(long nowUs) {
        return firmware.restsBetweenStrokes(nowUs);
    }

    /**
     * Advances over a run of whole strokes from {@code nowUs} (where {@link #canStart} holds) that
     * ends by {@code inputOrOutputUs} (the next command, sample or end of the run); returns the ticks
     * advanced (0 if none: the caller steps or skips idle ticks). The bounds are compared as times
     * and turned into ticks once: a run costs a handful of divisions, which are most of its price.
     */
    long leap(long nowUs, long inputOrOutputUs) {
        WholeStrokes strokes = firmware.strokes();
        boolean stalled = strokes.stallDeclared();
        LoadedRun run = LoadedRun.NONE;
        if (stalled || !plant.stepsArePlain()) {
            run = loadedRun(nowUs, strokes, !stalled);
            if (run == LoadedRun.NONE) {
                return 0;
            }
        }
        long boundUs = Math.min(inputOrOutputUs, Math.min(firmware.nextOtherWorkUs(), faults.leapBoundUs()));
        if (run != LoadedRun.NONE) {
            boundUs = Math.min(boundUs, faults.nextPollUs()); // under a fault load, stop for every poll
        }
        if (boundUs <= nowUs) {
            return 0;
        }
        long bound = Math.min(ticksUntil(boundUs, nowUs), Math.min(maxRunTicks, strokes.maxTicks()));
        if (run != LoadedRun.NONE) {
            return Math.max(0, leapLoaded(nowUs, bound, strokes, run));
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            long taken = leapWithin(nowUs, bound, strokes);
            if (taken >= 0) {
                return taken;
            }
            // a threshold condition would come true: stop short of the next poll, which then runs stepped
            bound = Math.min(bound, ticksUntil(faults.nextPollUs(), nowUs));
        }
        return 0;
    }

    /** How strokes under the fault load now would go, if in one go (docs/MODEL.md "Whole strokes"). */
    private LoadedRun loadedRun(long nowUs, WholeStrokes strokes, boolean moving) {
        long stepPeriodTicks = strokes.stepPeriodTicks();
        long strokeSteps = strokes.stepsPerStroke();
        long gapTicks = strokes.maxStrokeSpacingTicks() - (strokeSteps - 1) * stepPeriodTicks;
        return plant.loadedRun(
                moving,
                nowUs + strokes.startTick(1) * tickUs,
                stepPeriodTicks * tickUs,
                Math.max(stepPeriodTicks, gapTicks) * tickUs);
    }

    /** Takes the run within {@code bound} ticks; -1 if a fault's threshold poll within it would find its condition. */
    private long leapWithin(long nowUs, long bound, WholeStrokes strokes) {
        long due = strokes.dueWithin(bound);
        long n = strokes.beforeReservoirLevelChange(due);
        if (mutation == LeapMutation.PAST_RESERVOIR_LEVEL && n < due) {
            n++;
        }
        if (n > 0 && mutation != LeapMutation.STEPS_ASSUMED_TO_MOVE) {
            n = strokesThatMove(n, strokes);
        }
        Span span = span(n, due, bound, strokes);
        if (span == null) {
            return 0;
        }
        n = span.strokes();
        long ticks = span.ticks();
        long steps = n * strokes.stepsPerStroke();
        long endUs = nowUs + ticks * tickUs;
        if (mutation != LeapMutation.POLLS_ASSUMED_FALSE && faults.pollsDueBefore(endUs, tickUs)) {
            long movedNl = plant.plainStepsDeliverNl(steps);
            if (!faults.pollsStayFalseUntil(
                    endUs,
                    tickUs,
                    plant.reservoir().volumeNl() - movedNl,
                    strokes.reservoirEstimateAfterNl(n),
                    plant.ledger().intrathecalNl() + movedNl)) {
                return -1;
            }
        }
        plant.leapPlainSteps(mutation == LeapMutation.DRAIN_ONE_TICK_LONG ? ticks + 1 : ticks, steps);
        firmware.leapWholeStrokes(ticks, n);
        faults.passPollsUntil(endUs, tickUs);
        return ticks;
    }

    /**
     * As {@link #leapWithin}, for strokes under a fault load taken as {@code run} says; the bound
     * is before every threshold poll, so none is passed. Returns the ticks taken, 0 for none.
     */
    private long leapLoaded(long nowUs, long bound, WholeStrokes strokes, LoadedRun run) {
        long due = strokes.dueWithin(bound);
        long n = strokes.beforeReservoirLevelChange(due);
        if (mutation == LeapMutation.PAST_RESERVOIR_LEVEL && n < due) {
            n++;
        }
        java.util.function.LongUnaryOperator firstStepUs = j -> nowUs + strokes.startTick(j) * tickUs;
        boolean assumeMoving = mutation == LeapMutation.STEPS_ASSUMED_TO_MOVE;
        if (run == LoadedRun.FILLING && n > 0) {
            n = plant.fillingStrokes(
                    n,
                    strokes.stepsPerStroke(),
                    strokes.stepPeriodTicks(),
                    firstStepUs,
                    strokes::startTick,
                    strokes.stallConfirmSteps(),
                    assumeMoving);
        } else if (n > 0 && mutation != LeapMutation.STEPS_ASSUMED_TO_MOVE) {
            n = run == LoadedRun.MISSING ? strokesThatMiss(n, strokes) : strokesThatMove(n, strokes);
        }
        Span span = span(n, due, bound, strokes);
        if (span == null) {
            return 0;
        }
        n = span.strokes();
        long ticks = span.ticks();
        long strokeSteps = strokes.stepsPerStroke();
        long steps = n * strokeSteps;
        long drainTicks = mutation == LeapMutation.DRAIN_ONE_TICK_LONG ? ticks + 1 : ticks;
        if (run == LoadedRun.FILLING) {
            long missed = plant.leapFillingStrokes(
                    drainTicks,
                    n,
                    strokeSteps,
                    strokes.stepPeriodTicks(),
                    firstStepUs,
                    strokes::startTick,
                    assumeMoving);
            firmware.leapStrokesEndingInMisses(ticks, n, missed);
            return ticks;
        }
        if (run == LoadedRun.MOVING && !plant.movingStepsExactAtOnce(steps)) {
            return 0;
        }
        long lastStepUs = nowUs + (strokes.startTick(n) + strokes.ticksToLastStep() - 1) * tickUs;
        plant.leapLoadedSteps(drainTicks, steps, run, lastStepUs);
        if (run == LoadedRun.MISSING) {
            firmware.leapStalledStrokes(ticks, n);
        } else {
            firmware.leapWholeStrokes(ticks, n);
        }
        return ticks;
    }

    /** Whole strokes taken in one go, and the ticks they span (to the next stroke's start, or the bound). */
    private record Span(long strokes, long ticks) {}

    /**
     * The first {@code n} of {@code due} strokes within {@code bound} ticks as a span that ends with
     * every stroke at rest, or null when none fits.
     */
    private Span span(long n, long due, long bound, WholeStrokes strokes) {
        if (n == 0) {
            return null;
        }
        long lastStart = strokes.startTick(n);
        long ticks = n == due ? bound : strokes.startTick(n + 1);
        if (lastStart + strokes.ticksToRest() > ticks) {
            n--; // the last stroke would still be driving at the end: stop before it starts
            ticks = lastStart;
            if (n == 0 || strokes.startTick(n) + strokes.ticksToRest() > ticks) {
                return null;
            }
        }
        if (mutation == LeapMutation.NEXT_STROKE_LATE && n < due) {
            ticks++;
        }
        return new Span(n, ticks);
    }

    /**
     * The most of the first {@code n} strokes whose every step turns the shaft. The battery only
     * sags further, so if the last step of stroke k moves, all before it did: a search on k.
     */
    private long strokesThatMove(long n, WholeStrokes strokes) {
        return longestRun(n, strokes, false);
    }

    /**
     * The most of the first {@code n} strokes whose every step misses without a brown-out: none if
     * the first step moves (it is the likeliest to), else as many as end on a step that does not
     * brown out (the battery only sags further, so if the last step of stroke k misses, all do).
     */
    private long strokesThatMiss(long n, WholeStrokes strokes) {
        if (!plant.loadedStepMisses(1, strokes.startTick(1) + 1)) {
            return 0;
        }
        return longestRun(n, strokes, true);
    }

    private long longestRun(long n, WholeStrokes strokes, boolean missing) {
        if (holds(n, strokes, missing)) {
            return n;
        }
        long lo = 0;
        long hi = n; // holds(lo) (or lo is 0), not holds(hi)
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (holds(mid, strokes, missing)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether the last step of the first {@code k} strokes goes as the run needs (and so every one before it). */
    private boolean holds(long k, WholeStrokes strokes, boolean missing) {
        long steps = k * strokes.stepsPerStroke();
        long ticks = strokes.startTick(k) + strokes.ticksToLastStep();
        if (missing) {
            return plant.loadedStepMisses(steps, ticks);
        }
        return plant.stepsArePlain() ? plant.plainStepsAllMove(steps, ticks) : plant.loadedStepMoves(steps, ticks);
    }

    /** Ticks starting at or after {@code nowUs} and before {@code timeUs}. */
    private long ticksUntil(long timeUs, long nowUs) {
        if (timeUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, -Math.floorDiv(-(timeUs - nowUs), tickUs));
    }
}
