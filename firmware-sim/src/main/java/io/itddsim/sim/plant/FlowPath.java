package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

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
        double tauUs = catheter.resistancePaUsPerNl()
                * ((double) (PPM + resistanceExtraPpm) / PPM)
                * complianceNlPerKpa
                / 1_000.0;
        return Math.round(heldNl * StrictMath.exp(-(double) (nowUs - heldAtUs) / tauUs));
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
