package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.function.LongUnaryOperator;

/**
 * The way solution goes once the rotor (or anything else) moves it out of the reservoir: through
 * the pump outlet and the catheter into the spinal fluid, or somewhere else.
 *
 * <p>A sound path is the rigid catheter of {@link Catheter}: what enters at the pump end leaves the
 * tip at once, and the outlet pressure is the spinal-fluid pressure plus the Poiseuille drop at the
 * step's flow. That is the fast path, and it is exactly the model the pump had before faults.
 *
 * <p>Faults change the path (they act here, on the plant; the firmware only ever feels the motor
 * load that results):
 * <ul>
 *   <li><b>leak or disconnection</b> at the pump connector: a share of what leaves the pump goes to
 *       the tissue ({@link DrugLedger#toElsewhere}), with the sub-nanolitre share carried;</li>
 *   <li><b>raised resistance</b> (kink, granuloma) or a <b>complete occlusion</b>: the catheter
 *       wall's compliance holds what cannot pass at once. The held volume drains through the
 *       catheter's resistance with the time constant R x C, computed in closed form from the last
 *       instant it was settled (settling happens only at motor steps, free-flow batches and fault
 *       changes, which fall on the same ticks whether or not quiet ticks are skipped). Its pressure
 *       loads the motor. Above {@code roller_slip_pressure_pa} the rollers leak back, and what the
 *       rotor displaces stays in the reservoir: the rotor turns, the firmware counts a stroke, the
 *       patient gets nothing. When the obstruction clears, what the wall held leaves as a bolus;</li>
 *   <li><b>free flow</b>, rollers that no longer seal: the reservoir's propellant pressure drives
 *       solution through the pump whether or not the rotor turns. The fault hands over the volume
 *       in batches ({@link #freeFlow}); it stops while the catheter holds back more than the
 *       reservoir pressure.</li>
 * </ul>
 *
 * <p>A sound path costs the loop nothing: the plant keeps its own inline code for it and asks
 * {@link #impaired()} once per motor step; there is no per-tick work.
 */
public final class FlowPath implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long PPM = 1_000_000;

    private final Reservoir reservoir;
    private final Catheter catheter;
    private final DrugLedger ledger;
    private final long csfPressurePa;
    private final long slipPressurePa;
    private final long complianceNlPerKpa;

    private long leakPpm;
    private long leakRemainder;
    private long resistanceExtraPpm;
    private int occlusions;
    /** True while the catheter cannot pass flow at once and its wall holds volume (see class notes). */
    private boolean buffering;

    private long heldNl;
    private long heldAtUs;

    private final FaultPresence faults;

    FlowPath(PumpProfile profile, Reservoir reservoir, Catheter catheter, DrugLedger ledger, FaultPresence faults) {
        this.faults = faults;
        this.reservoir = reservoir;
        this.catheter = catheter;
        this.ledger = ledger;
        csfPressurePa = profile.get(ProfileParameter.CSF_PRESSURE_PA);
        slipPressurePa = profile.get(ProfileParameter.ROLLER_SLIP_PRESSURE_PA);
        complianceNlPerKpa = profile.get(ProfileParameter.CATHETER_COMPLIANCE_NL_PER_KPA);
    }

    /**
     * True while a fault changes the path. When false, the plant runs its own sound path inline
     * (rigid catheter, straight to the spinal fluid) and this class costs a motor step one check.
     */
    boolean impaired() {
        return buffering || leakPpm != 0;
    }

    // ---- what the plant calls on a motor step at sim time nowUs, while impaired

    /** Pressure at the pump outlet while a step pushes {@code stepNl} over {@code stepUs}. */
    long impairedOutletPressurePa(long nowUs, long stepNl, long stepUs) {
        if (buffering) {
            settle(nowUs);
            return Math.min(slipPressurePa, csfPressurePa + heldNl * 1_000 / complianceNlPerKpa);
        }
        if (leakPpm == PPM) {
            return csfPressurePa; // disconnected: the outlet opens into the tissue, taken as near CSF pressure
        }
        return csfPressurePa + catheter.pressureDropPa(stepNl, stepUs);
    }

    /** The rotor displaced {@code displacedNl} towards the catheter. */
    void pumpImpaired(long nowUs, long displacedNl) {
        long nl = displacedNl;
        if (buffering) {
            settle(nowUs);
            nl = Math.min(nl, roomNl(slipPressurePa)); // the rest slips back past the rollers
        }
        forward(nl);
    }

    // ---- what faults change, each at a tick boundary at sim time nowUs

    /**
     * Moves {@code nl} through rollers that no longer seal (free flow), as far as the catheter lets
     * the reservoir's pressure push it.
     */
    public void freeFlow(long nl, long nowUs) {
        long moveNl = nl;
        if (buffering) {
            settle(nowUs);
            moveNl = Math.min(nl, roomNl(reservoir.pressurePa()));
        }
        if (moveNl > 0) {
            forward(moveNl);
        }
    }

    /** Share of the pump's output lost to the tissue at the connector; 1,000,000 is a disconnection. */
    public void setLeakPpm(long ppm) {
        if (ppm < 0 || ppm > PPM) {
            throw new IllegalArgumentException("leak must be 0..1000000 ppm: " + ppm);
        }
        boolean was = impaired();
        leakPpm = ppm;
        faults.changed(was, impaired());
    }

    public long leakPpm() {
        return leakPpm;
    }

    /** Catheter resistance above nominal, in ppm of nominal (a kink or granuloma); 0 when open. */
    public void setResistanceExtraPpm(long ppm, long nowUs) {
        if (ppm < 0) {
            throw new IllegalArgumentException("extra resistance must not be negative: " + ppm);
        }
        if (buffering) {
            settle(nowUs); // drain at the old resistance up to now
        }
        resistanceExtraPpm = ppm;
        updateBuffering(nowUs);
    }

    public long resistanceExtraPpm() {
        return resistanceExtraPpm;
    }

    /** A complete occlusion begins; they count, so overlapping ones each need clearing. */
    public void occlude(long nowUs) {
        if (buffering) {
            settle(nowUs);
        }
        occlusions++;
        updateBuffering(nowUs);
    }

    public void clearOcclusion(long nowUs) {
        if (occlusions == 0) {
            throw new IllegalStateException("the catheter is not occluded");
        }
        occlusions--;
        heldAtUs = nowUs; // nothing drained while it was shut
        updateBuffering(nowUs);
    }

    public boolean occluded() {
        return occlusions > 0;
    }

    /** Volume the stretched catheter wall holds at {@code nowUs} (0 unless obstructed). Read-only. */
    public long heldVolumeNl(long nowUs) {
        return buffering ? heldAtNl(nowUs) : 0;
    }

    /** Pressure the held volume raises at the pump outlet at {@code nowUs}, capped by roller slip. Read-only. */
    public long heldPressurePa(long nowUs) {
        return Math.min(slipPressurePa, csfPressurePa + heldVolumeNl(nowUs) * 1_000 / complianceNlPerKpa);
    }

    // ---- the flow itself

    private void forward(long nl) {
        reservoir.withdrawBulk(nl); // off the sound path, so exact for any volume
        long outNl = reservoir.lastWithdrawnNl();
        long outPg = reservoir.lastWithdrawnPg();
        if (leakPpm != 0 && outNl > 0) {
            leakRemainder += outNl * leakPpm;
            long leakNl = Math.min(outNl, leakRemainder / PPM);
            leakRemainder -= leakNl * PPM;
            long leakPg = leakNl == outNl ? outPg : ExactMath.mulDiv(outPg, leakNl, outNl);
            ledger.toElsewhere(leakNl, leakPg);
            outNl -= leakNl;
            outPg -= leakPg;
        }
        if (buffering) {
            catheter.pushHeld(outNl, outPg);
            heldNl += outNl;
        } else {
            catheter.pushBulk(outNl, outPg);
            ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
        }
    }

    /** What the stretched wall can still take before the pressure reaches {@code capPa}. */
    private long roomNl(long capPa) {
        return Math.max(0, (capPa - csfPressurePa) * complianceNlPerKpa / 1_000 - heldNl);
    }

    /** Lets the held volume drain through the resistance up to {@code nowUs} (see class notes). */
    private void settle(long nowUs) {
        long now = heldAtNl(nowUs);
        if (now != heldNl) {
            release(heldNl - now);
            heldNl = now;
        }
        heldAtUs = nowUs;
    }

    private long heldAtNl(long nowUs) {
        if (heldNl == 0 || occlusions > 0 || nowUs == heldAtUs) {
            return heldNl;
        }
        return drained(nowUs - heldAtUs);
    }

    /** The held volume {@code elapsedUs} after it was last settled, unless shut in (see {@link #heldAtNl}). */
    private long drained(long elapsedUs) {
        return drained(heldNl, elapsedUs);
    }

    /** {@code held} nL let drain for {@code elapsedUs} through the obstruction, rounded as {@link #settle} rounds it. */
    private long drained(long held, long elapsedUs) {
        double tauUs = catheter.resistancePaUsPerNl()
                * ((double) (PPM + resistanceExtraPpm) / PPM)
                * complianceNlPerKpa
                / 1_000.0;
        return Math.round(held * StrictMath.exp(-(double) elapsedUs / tauUs));
    }

    // ---- runs of strokes under a steady fault load (the fast-forward; docs/MODEL.md "Whole strokes")

    /** True while an obstruction makes the catheter wall hold what cannot pass (see class notes). */
    boolean buffering() {
        return buffering;
    }

    /**
     * Whether settles {@code gapUs} or less apart, the first of them {@code firstUs} or earlier, all
     * leave the held volume as it is: nothing held, shut in by an occlusion, or a drain too slow to
     * lose half a nanolitre over the longest gap (the rounded drain only grows with the gap, so the
     * longest gap is the one to try). Then each settle only moves the settling instant. Changes nothing.
     */
    boolean holdsStill(long firstUs, long gapUs) {
        if (heldNl == 0 || occlusions > 0) {
            return true;
        }
        long longest = Math.max(firstUs - heldAtUs, gapUs);
        return longest <= 0 || drained(longest) == heldNl;
    }

    /** Whether the wall holds all it can below roller slip: whatever a step displaces slips back. */
    boolean full() {
        return buffering && roomNl(slipPressurePa) == 0;
    }

    /**
     * The outlet pressure {@link #impairedOutletPressurePa} gives while {@link #holdsStill} holds:
     * the same for every step of such a run. Changes nothing.
     */
    long steadyOutletPressurePa(long stepNl, long stepUs) {
        if (buffering) {
            return Math.min(slipPressurePa, csfPressurePa + heldNl * 1_000 / complianceNlPerKpa);
        }
        if (leakPpm == PPM) {
            return csfPressurePa;
        }
        return csfPressurePa + catheter.pressureDropPa(stepNl, stepUs);
    }

    /** The most the wall holds below roller slip. */
    private long capacityNl() {
        return Math.max(0, (slipPressurePa - csfPressurePa) * complianceNlPerKpa / 1_000);
    }

    /** The outlet pressure with the wall as full as it gets: no step of a run under an obstruction sees more. */
    long fullOutletPressurePa() {
        return Math.min(slipPressurePa, csfPressurePa + capacityNl() * 1_000 / complianceNlPerKpa);
    }

    /**
     * Whether, while the path is obstructed and not leaking, settles {@code stepUs} apart (the steps
     * of one stroke) leave any volume the wall can hold as it is: then, over a stroke whose steps all
     * move, only its first step's settle drains, and the stroke fills the wall by what its steps
     * displace, up to what it can take ({@link #strokesUnderObstruction}). The rounded drain only
     * grows with the volume held, so the fullest wall is the one to try. Changes nothing.
     */
    boolean strokesFillInOneGo(long stepUs) {
        if (!buffering || leakPpm != 0) {
            return false;
        }
        long cap = capacityNl();
        return occlusions > 0 || cap == 0 || drained(cap, stepUs) == cap;
    }

    /** How the steps of a run of strokes against an obstruction go, as the plant's motor and battery say. */
    interface StepCheck {
        /** Whether step {@code i} (from 1) of stroke {@code j} (from 1) turns the shaft against {@code outletPa}. */
        boolean moves(long j, long i, long outletPa);

        /** Whether the last step of stroke {@code j} would brown out (the battery sags below what the processor needs). */
        boolean browsOut(long j);
    }

    /** What a run of strokes against an obstruction came to: strokes, steps that moved, misses ending the last stroke, its last pressure. */
    record FillingRun(long strokes, long movedSteps, long trailingMisses, long lastOutletPa) {}

    /**
     * How many of the next {@code strokes} strokes of steps against an obstruction ({@link
     * #strokesFillInOneGo}) go as {@link #applyFillingStrokes} takes them: each stroke's first step
     * moves, fewer than {@code maxTrailingMisses} of its last steps miss (more would be a stall,
     * which the firmware declares), none browns out, and the reservoir holds what they take.
     * Changes nothing.
     */
    long fillingStrokes(
            long strokes,
            long stepsPerStroke,
            long lastStepAfterUs,
            LongUnaryOperator firstStepUs,
            LongUnaryOperator displacedOver,
            StepCheck check,
            long maxTrailingMisses) {
        return strokesUnderObstruction(
                        strokes,
                        stepsPerStroke,
                        lastStepAfterUs,
                        firstStepUs,
                        displacedOver,
                        check,
                        maxTrailingMisses,
                        -1)
                .strokes();
    }

    /**
     * Strokes of steps against an obstruction, as stepping them would go, stroke by stroke: the
     * first step's settle lets the wall drain through the obstruction since the last settle
     * (released to the spinal fluid), and the stroke's steps then fill it by what they displace, up
     * to what it can take, from a reservoir of the whole concentration {@code pgPerNl}; the rest
     * slips back past the rollers. The wall's pressure only rises and the battery only sags through
     * a stroke, so once a step misses the rest of the stroke does (nothing more enters, no drain
     * between its steps: {@link #strokesFillInOneGo}); the steps that move are found by a search.
     * Stroke j's first step comes at {@code firstStepUs.applyAsLong(j)} and its last {@code
     * lastStepAfterUs} later; {@code displacedOver} gives what a count of moving steps from now
     * displaces. The caller has checked the strokes with {@link #fillingStrokes}.
     */
    FillingRun applyFillingStrokes(
            long strokes,
            long stepsPerStroke,
            long lastStepAfterUs,
            LongUnaryOperator firstStepUs,
            LongUnaryOperator displacedOver,
            StepCheck check,
            long pgPerNl) {
        return strokesUnderObstruction(
                strokes, stepsPerStroke, lastStepAfterUs, firstStepUs, displacedOver, check, Long.MAX_VALUE, pgPerNl);
    }

    /** Both of the above: with {@code pgPerNl} negative, counts (changing nothing); otherwise applies. */
    private FillingRun strokesUnderObstruction(
            long strokes,
            long stepsPerStroke,
            long lastStepAfterUs,
            LongUnaryOperator firstStepUs,
            LongUnaryOperator displacedOver,
            StepCheck check,
            long maxTrailingMisses,
            long pgPerNl) {
        boolean apply = pgPerNl >= 0;
        long cap = capacityNl();
        long held = heldNl;
        long at = heldAtUs;
        long taken = 0;
        long lastPa = pressureHoldingPa(held);
        long moved = 0;
        long trailing = 0;
        long displacedBefore = displacedOver.applyAsLong(0);
        for (long j = 1; j <= strokes; j++) {
            long firstUs = firstStepUs.applyAsLong(j);
            long now = held == 0 || occlusions > 0 || firstUs == at ? held : drained(held, firstUs - at);
            long room = Math.max(0, cap - now);
            long k = movingSteps(j, stepsPerStroke, now, room, moved, displacedBefore, displacedOver, check);
            long displacedAfter = displacedOver.applyAsLong(moved + k);
            long entering = Math.min(displacedAfter - displacedBefore, room);
            if (!apply
                    && (k == 0
                            || stepsPerStroke - k >= maxTrailingMisses
                            || check.browsOut(j)
                            || taken + entering > reservoir.volumeNl())) {
                return new FillingRun(j - 1, moved, trailing, lastPa);
            }
            if (apply && now != held) {
                release(held - now);
            }
            if (apply && entering > 0) {
                reservoir.withdrawWholeConcentration(entering, pgPerNl);
                catheter.pushHeld(entering, entering * pgPerNl);
            }
            long beforeLast = displacedOver.applyAsLong(moved + Math.min(k, stepsPerStroke - 1)) - displacedBefore;
            lastPa = pressureHoldingPa(now + Math.min(beforeLast, room));
            held = now + entering;
            taken += entering;
            moved += k;
            trailing = stepsPerStroke - k;
            displacedBefore = displacedAfter;
            at = firstUs + lastStepAfterUs;
        }
        if (apply) {
            heldNl = held;
            heldAtUs = at;
        }
        return new FillingRun(strokes, moved, trailing, lastPa);
    }

    /**
     * How many of stroke {@code j}'s steps move: the leading ones whose step finds the wall holding
     * {@code held} plus what the steps before it entered (up to {@code room}); once one misses, the
     * rest do (the pressure only rises, the battery only sags).
     */
    private long movingSteps(
            long j,
            long stepsPerStroke,
            long held,
            long room,
            long movedBefore,
            long displacedBefore,
            LongUnaryOperator displacedOver,
            StepCheck check) {
        if (stepMoves(j, stepsPerStroke, held, room, movedBefore, displacedBefore, displacedOver, check)) {
            return stepsPerStroke;
        }
        long lo = 0; // steps 1..lo move
        long hi = stepsPerStroke; // step hi misses
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (stepMoves(j, mid, held, room, movedBefore, displacedBefore, displacedOver, check)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether step {@code i} of stroke {@code j} moves, the steps before it in the stroke having moved. */
    private boolean stepMoves(
            long j,
            long i,
            long held,
            long room,
            long movedBefore,
            long displacedBefore,
            LongUnaryOperator displacedOver,
            StepCheck check) {
        long entered = Math.min(displacedOver.applyAsLong(movedBefore + i - 1) - displacedBefore, room);
        return check.moves(j, i, pressureHoldingPa(held + entered));
    }

    /** The outlet pressure while the wall holds {@code nl}, as a step sees it. */
    private long pressureHoldingPa(long nl) {
        return Math.min(slipPressurePa, csfPressurePa + nl * 1_000 / complianceNlPerKpa);
    }

    /** What the settles of a run that {@link #holdsStill} leave: the settling instant moved to the last. */
    void settledStillAt(long nowUs) {
        if (buffering) {
            heldAtUs = nowUs;
        }
    }

    /** The share of {@code outNl} more solution leaving the pump that the leak would send to the tissue. */
    long leakOfNl(long outNl) {
        if (leakPpm == 0 || outNl == 0) {
            return 0;
        }
        return Math.min(outNl, (leakRemainder + outNl * leakPpm) / PPM);
    }

    /**
     * What {@link #forward} does to pieces adding up to {@code nl} of solution of the whole
     * concentration {@code pgPerNl}, on an unobstructed path, in one go: each piece's mass is
     * exactly its volume times the concentration, and the leak's carried remainder makes the pieces'
     * whole nanolitres add up to those of the total (no piece's share reaches more than the piece,
     * as the remainder stays below one nanolitre). The caller has checked that the catheter takes
     * the pieces exactly at once ({@link Catheter#pushInPiecesIsExactAtOnce}).
     */
    void forwardWholeConcentration(long nl, long pgPerNl) {
        reservoir.withdrawWholeConcentration(nl, pgPerNl);
        long outNl = reservoir.lastWithdrawnNl();
        long leakNl = leakOfNl(outNl);
        if (leakPpm != 0 && outNl > 0) {
            leakRemainder += outNl * leakPpm - leakNl * PPM;
            ledger.toElsewhere(leakNl, leakNl * pgPerNl);
        }
        catheter.pushWholeConcentration(outNl - leakNl, pgPerNl);
        ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
    }

    private void release(long nl) {
        catheter.flush(nl);
        ledger.toSpinalFluid(catheter.lastOutNl(), catheter.lastOutPg());
    }

    private void updateBuffering(long nowUs) {
        boolean was = impaired();
        updateBufferingState(nowUs);
        faults.changed(was, impaired());
    }

    private void updateBufferingState(long nowUs) {
        boolean obstructed = resistanceExtraPpm != 0 || occlusions > 0;
        if (obstructed && !buffering) {
            heldNl = 0;
            heldAtUs = nowUs;
        } else if (!obstructed && buffering) {
            release(heldNl); // the obstruction cleared: what the wall held leaves as a bolus
            heldNl = 0;
        }
        buffering = obstructed;
    }

    @Override
    public void hashInto(StateDigest d) {
        // fault state only, and only when present, so that a sound pump hashes as it always did
        if (leakPpm != 0
                || leakRemainder != 0
                || resistanceExtraPpm != 0
                || occlusions != 0
                || buffering
                || heldNl != 0) {
            d.section("flow.fault")
                    .add(leakPpm)
                    .add(leakRemainder)
                    .add(resistanceExtraPpm)
                    .add(occlusions)
                    .add(buffering)
                    .add(heldNl)
                    .add(buffering ? heldAtUs : -1);
        }
    }
}
