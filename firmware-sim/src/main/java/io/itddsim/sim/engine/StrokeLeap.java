package io.itddsim.sim.engine;

import io.itddsim.sim.fault.FaultInjector;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.firmware.WholeStrokes;
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
 * a fault acts on the motor, battery or flow path, a bolus runs, or an alarm cause changes.
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

    /** Whether a run of whole strokes may start at {@code nowUs}: a sound pump whose firmware rests between strokes. */
    boolean canStart(long nowUs) {
        return plant.stepsArePlain() && firmware.restsBetweenStrokes(nowUs);
    }

    /**
     * Advances over a run of whole strokes from {@code nowUs} (where {@link #canStart} holds) that
     * ends by {@code inputOrOutputUs} (the next command, sample or end of the run); returns the ticks
     * advanced (0 if none: the caller steps or skips idle ticks). The bounds are compared as times
     * and turned into ticks once: a run costs a handful of divisions, which are most of its price.
     */
    long leap(long nowUs, long inputOrOutputUs) {
        long boundUs = Math.min(inputOrOutputUs, Math.min(firmware.nextOtherWorkUs(), faults.leapBoundUs()));
        if (boundUs <= nowUs) {
            return 0;
        }
        WholeStrokes strokes = firmware.strokes();
        long bound = Math.min(ticksUntil(boundUs, nowUs), Math.min(maxRunTicks, strokes.maxTicks()));
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
        if (n == 0) {
            return 0;
        }
        long lastStart = strokes.startTick(n);
        long ticks = n == due ? bound : strokes.startTick(n + 1);
        if (lastStart + strokes.ticksToRest() > ticks) {
            n--; // the last stroke would still be driving at the end: stop before it starts
            ticks = lastStart;
            if (n == 0 || strokes.startTick(n) + strokes.ticksToRest() > ticks) {
                return 0;
            }
        }
        if (mutation == LeapMutation.NEXT_STROKE_LATE && n < due) {
            ticks++;
        }
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
     * The most of the first {@code n} strokes whose every step turns the shaft. The battery only
     * sags further, so if the last step of stroke k moves, all before it did: a search on k.
     */
    private long strokesThatMove(long n, WholeStrokes strokes) {
        if (moves(n, strokes)) {
            return n;
        }
        long lo = 0;
        long hi = n; // moves(lo) holds (or lo is 0), moves(hi) does not
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (moves(mid, strokes)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean moves(long k, WholeStrokes strokes) {
        return plant.plainStepsAllMove(k * strokes.stepsPerStroke(), strokes.startTick(k) + strokes.ticksToLastStep());
    }

    /** Ticks starting at or after {@code nowUs} and before {@code timeUs}. */
    private long ticksUntil(long timeUs, long nowUs) {
        if (timeUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, -Math.floorDiv(-(timeUs - nowUs), tickUs));
    }
}
