package io.itddsim.sim.patient;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * Where the drug goes once it leaves the catheter tip (docs/PATIENT.md, "Pharmacokinetics"): a
 * lumbar spinal-fluid compartment with first-order clearance, an effect compartment that follows
 * it with a delay (ke0), and for opioids a rostral compartment, the drug carried up towards the
 * brainstem, which follows it more slowly and at a fraction of its concentration.
 *
 * <p>Each grid step is the exact solution of the continuous model for that step, with the dose
 * taken as spread evenly over it (so a constant infusion settles at exactly input / clearance); the
 * two followers move towards the lumbar concentration at the end of the step.
 */
final class CsfCompartments implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final long volumeNl;
    private final long lumbarKeepPpb;
    private final long infusionGainPpb;
    private final long effectKeepPpb;
    private final long rostralKeepPpb;
    private final long rostralRatioPpm;

    private long lumbarPg;
    private long effectPgPerMl;
    private long rostralPgPerMl;

    /**
     * @param rostralRatioPpm share of the lumbar concentration the rostral compartment reaches at
     *     steady state; 0 for a drug without one
     * @param startPgPerMl the concentration every compartment holds at the start (a steady state)
     */
    CsfCompartments(
            DrugKinetics k, long weightG, long gridUs, long rostralHalfLifeS, long rostralRatioPpm, long startPgPerMl) {
        this.volumeNl = k.volumeNl(weightG);
        double eliminatedPerStep = k.eliminationPerUs() * gridUs;
        this.lumbarKeepPpb = FixedPoint.keepPpbAtRate(k.eliminationPerUs(), gridUs);
        // amount left at the end of a step per unit infused evenly over it: (1 - e^-kT) / kT
        this.infusionGainPpb = FixedPoint.ppb(-StrictMath.expm1(-eliminatedPerStep) / eliminatedPerStep);
        this.effectKeepPpb = FixedPoint.keepPpb(k.effectHalfLifeS(), gridUs);
        this.rostralKeepPpb = FixedPoint.keepPpb(rostralHalfLifeS, gridUs);
        this.rostralRatioPpm = rostralRatioPpm;
        this.lumbarPg = FixedPoint.mulDiv(startPgPerMl, volumeNl, 1_000_000L);
        this.effectPgPerMl = startPgPerMl;
        this.rostralPgPerMl = rostralTarget(startPgPerMl);
    }

    /** One grid step in which {@code dosePg} reached the spinal fluid. */
    void step(long dosePg) {
        lumbarPg = FixedPoint.scale(lumbarPg, lumbarKeepPpb) + FixedPoint.scale(dosePg, infusionGainPpb);
        long lumbar = lumbarPgPerMl();
        effectPgPerMl = FixedPoint.lag(effectPgPerMl, lumbar, effectKeepPpb);
        rostralPgPerMl = FixedPoint.lag(rostralPgPerMl, rostralTarget(lumbar), rostralKeepPpb);
    }

    private long rostralTarget(long lumbarPgPerMl) {
        return FixedPoint.mulDiv(lumbarPgPerMl, rostralRatioPpm, FixedPoint.ONE_PPM);
    }

    long lumbarPg() {
        return lumbarPg;
    }

    long lumbarPgPerMl() {
        return FixedPoint.mulDiv(lumbarPg, 1_000_000L, volumeNl);
    }

    long effectPgPerMl() {
        return effectPgPerMl;
    }

    long rostralPgPerMl() {
        return rostralPgPerMl;
    }

    long rostralRatioPpm() {
        return rostralRatioPpm;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("patient.csf").add(lumbarPg).add(effectPgPerMl).add(rostralPgPerMl);
    }
}
