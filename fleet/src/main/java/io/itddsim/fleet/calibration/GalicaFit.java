package io.itddsim.fleet.calibration;

import io.itddsim.fleet.spec.CohortSpec;
import io.itddsim.fleet.spec.FieldReference;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.fleet.study.FieldFigures;
import io.itddsim.sim.fault.FaultKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits Galica's centre as a cohort of its own (docs/FLEET.md, "Galica's centre"): one centre-level
 * hazard ratio on every stall mechanism, and the length of the centre's study window, so that the
 * cohort shows the centre's prevalence of stall (9.03%) and its failures per patient-year (0.04).
 * The two figures fix both unknowns: prevalence over incidence is the mean follow-up per pump
 * (about 2.26 years), which sets the window given drop-out, end of battery service and failures;
 * the hazard ratio then sets the rate. Everything else (drug mix, ages at entry, the mechanisms
 * fitted to the manufacturer's figures) is the fleet file's.
 */
public final class GalicaFit {
    private static final double US_PER_YEAR = FieldFigures.DAYS_PER_YEAR * 86_400e6;
    private static final FaultKind[] STALLS = {
        FaultKind.SHAFT_WEAR, FaultKind.FEEDTHROUGH_SHORT, FaultKind.GEAR_CORROSION, FaultKind.MOTOR_STALL_PERMANENT
    };

    /** The centre's hazard ratio and window, and the prevalence and incidence they give. */
    public record Fitted(double hazardRatio, long followUpDays, double prevalence, double incidence) {}

    private GalicaFit() {}

    public static Fitted fit(FleetSpec spec, int virtualPumps) {
        CohortSpec centre = spec.cohorts().stream()
                .filter(c -> c.fieldReference() == FieldReference.GALICA)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort with field_reference: galica"));
        VirtualFleet pumps = VirtualFleet.of(spec, centre, virtualPumps);
        List<MechanismSpec> mechanisms = new ArrayList<>();
        List<List<VirtualFleet.Sample>> samples = new ArrayList<>();
        for (FaultKind k : STALLS) {
            MechanismSpec m = FieldFit.only(spec, k);
            mechanisms.add(m);
            samples.add(pumps.samples(m));
        }
        double hr = 1;
        double windowUs = centre.followUpUs();
        for (int round = 0; round < 8; round++) {
            double w = windowUs;
            hr = FieldFit.solve(
                    r -> figures(pumps, mechanisms, samples, r, w)[1],
                    FieldFigures.GALICA_INCIDENCE_PER_PATIENT_YEAR,
                    0.01,
                    1_000);
            double r = hr;
            windowUs = FieldFit.solve(
                    x -> figures(pumps, mechanisms, samples, r, x)[0],
                    FieldFigures.GALICA_PREVALENCE,
                    86_400e6,
                    40 * US_PER_YEAR);
        }
        double[] f = figures(pumps, mechanisms, samples, hr, windowUs);
        return new Fitted(hr, Math.round(windowUs / 86_400e6), f[0], f[1]);
    }

    /** Prevalence and failures per patient-year with centre hazard ratio {@code hr} and window {@code windowUs}. */
    private static double[] figures(
            VirtualFleet pumps,
            List<MechanismSpec> mechanisms,
            List<List<VirtualFleet.Sample>> samples,
            double hr,
            double windowUs) {
        int failures = 0;
        double exposureUs = 0;
        for (int i = 0; i < pumps.size(); i++) {
            VirtualFleet.Pump v = pumps.pumps.get(i);
            double exit = v.entryAgeUs() + Math.min(windowUs, v.dropoutUs());
            exit = Math.max(v.entryAgeUs(), Math.min(exit, v.endOfServiceAgeUs()));
            double failure = Double.POSITIVE_INFINITY;
            for (int m = 0; m < mechanisms.size(); m++) {
                MechanismSpec spec = mechanisms.get(m);
                double ratio = hr * (v.offLabel() ? spec.offLabelHazardRatio() : 1);
                failure = Math.min(
                        failure,
                        pumps.stallAgeUs(
                                spec, samples.get(m).get(i), i, spec.onset().probability(), ratio));
            }
            if (failure <= exit) {
                failures++;
                exit = failure;
            }
            exposureUs += exit - v.entryAgeUs();
        }
        return new double[] {(double) failures / pumps.size(), failures / (exposureUs / US_PER_YEAR)};
    }
}
