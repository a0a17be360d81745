package io.itddsim.fleet.calibration;

import io.itddsim.fleet.spec.CohortSpec;
import io.itddsim.fleet.spec.FieldReference;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.fleet.study.FieldFigures;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;

/**
 * Fits the stall mechanisms' onset probabilities, the off-label hazard ratio of shaft wear, and
 * Galica's centre to the field's figures (docs/FLEET.md, "Calibration"), on a virtual fleet drawn
 * like the study's manufacturer cohort, with the stall delays of {@link StallDelay}.
 *
 * <p>The algebra, in cumulative hazards at 6 years ({@code H = -ln S}, additive over independent
 * mechanisms): on-label {@code H_on = -ln 0.973}, off-label {@code H_off = -ln 0.911}; in a fleet
 * with off-label share q, the failures split as {@code T = (1-q) H_on + q H_off}. A feedthrough short
 * and a foreign particle (the "other" 25%) do not depend on the drug: each has
 * {@code H = share x T}. Corrosion's onset does not depend on the drug either, but it progresses
 * faster with an off-label drug (the catalogue's factor), so its on- and off-label hazards follow
 * from one onset probability, fitted so that its fleet share is 2%. Shaft wear takes the rest:
 * its on-label onset probability makes the on-label total, and its off-label hazard ratio the
 * off-label total; its fleet share is then 59% by construction.
 */
public final class FieldFit {
    private static final long SIX_YEARS_US = (long) (FieldFigures.SIX_YEARS_DAYS * 86_400e6);

    /** The fitted numbers, to write into a fleet file. */
    public record Fitted(
            double offLabelShare,
            double wearProbability,
            double wearOffLabelHazardRatio,
            double shortProbability,
            double corrosionProbability,
            double particleProbability) {}

    private FieldFit() {}

    public static Fitted fit(FleetSpec template, int virtualPumps) {
        CohortSpec fleet = template.cohorts().stream()
                .filter(c -> c.fieldReference() == FieldReference.MANUFACTURER)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort with field_reference: manufacturer"));
        VirtualFleet pumps = VirtualFleet.of(template, fleet, virtualPumps);
        double q = pumps.offLabelShare();
        double hOn = -Math.log(FieldFigures.SURVIVAL_6Y_ON_LABEL);
        double hOff = -Math.log(FieldFigures.SURVIVAL_6Y_OFF_LABEL);
        double total = (1 - q) * hOn + q * hOff;

        MechanismSpec wear = only(template, FaultKind.SHAFT_WEAR);
        MechanismSpec shortCircuit = only(template, FaultKind.FEEDTHROUGH_SHORT);
        MechanismSpec corrosion = only(template, FaultKind.GEAR_CORROSION);

        // a short that stalls and a particle stall at once: their onset hazard is the target itself
        double hShort = FieldFigures.CAUSE_FEEDTHROUGH_SHORT * total;
        double hParticle = FieldFigures.CAUSE_OTHER * total;
        double pShort = -Math.expm1(-hShort / shareThatStalls(shortCircuit, pumps));
        double pParticle = -Math.expm1(-hParticle);
        List<VirtualFleet.Sample> c = pumps.samples(corrosion);
        double pCorrosion = solve(
                p -> (1 - q) * hazard(pumps, corrosion, c, p, 1, false) + q * hazard(pumps, corrosion, c, p, 1, true),
                FieldFigures.CAUSE_GEAR_CORROSION * total,
                1e-6,
                0.5);
        double wearOn = hOn - hShort - hParticle - hazard(pumps, corrosion, c, pCorrosion, 1, false);
        double wearOff = hOff - hShort - hParticle - hazard(pumps, corrosion, c, pCorrosion, 1, true);
        List<VirtualFleet.Sample> w = pumps.samples(wear);
        double pWear = solve(p -> hazard(pumps, wear, w, p, 1, false), wearOn, 1e-6, 0.5);
        double hr = solve(r -> hazard(pumps, wear, w, pWear, r, true), wearOff, 1, 1_000);
        return new Fitted(q, pWear, hr, pShort, pCorrosion, pParticle);
    }

    /**
     * Cumulative hazard at 6 years of a lasting stall from {@code m}, pumps followed from implant,
     * over the virtual pumps of one label.
     */
    private static double hazard(
            VirtualFleet pumps, MechanismSpec m, List<VirtualFleet.Sample> x, double p, double hr, boolean offLabel) {
        int n = 0;
        int failed = 0;
        for (int i = 0; i < pumps.size(); i++) {
            if (pumps.pumps.get(i).offLabel() != offLabel) {
                continue;
            }
            n++;
            double ratio = offLabel ? hr : 1;
            if (pumps.stallAgeUs(m, x.get(i), i, p, ratio) <= SIX_YEARS_US) {
                failed++;
            }
        }
        return -Math.log1p(-(double) failed / n);
    }

    /** The share of a mechanism's draws whose parameters make it stall (a mild short only drains). */
    private static double shareThatStalls(MechanismSpec m, VirtualFleet pumps) {
        PumpProfile profile = PumpProfile.synchroMed40ml();
        int stalls = 0;
        for (VirtualFleet.Sample x : pumps.samples(m)) {
            stalls += StallDelay.delayUs(m.fault(), x.parameters(), false, 0, profile) == StallDelay.NEVER ? 0 : 1;
        }
        return (double) stalls / pumps.size();
    }

    static MechanismSpec only(FleetSpec spec, FaultKind fault) {
        List<MechanismSpec> found =
                spec.mechanisms().stream().filter(m -> m.fault() == fault).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(
                    "the fit needs exactly one mechanism arming " + fault.key() + ", found " + found.size());
        }
        return found.get(0);
    }

    /** Bisection, in the logarithm (the unknowns span decades), on a function increasing in its argument. */
    static double solve(java.util.function.DoubleUnaryOperator f, double target, double lo, double hi) {
        for (int i = 0; i < 60; i++) {
            double mid = Math.sqrt(lo * hi);
            if (f.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }
}
