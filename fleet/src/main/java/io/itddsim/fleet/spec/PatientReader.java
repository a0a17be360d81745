package io.itddsim.fleet.spec;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.sim.patient.Drug;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;
import java.util.Set;

/**
 * Reads a cohort's optional {@code patient:} section, each error at its line:
 *
 * <pre>
 * patient:
 *   weight: {uniform: [50 kg, 110 kg]}   # a value or a distribution, per pump
 *   grid: 10min                          # optional: the patient's step (default 1min, the model's)
 * </pre>
 *
 * Every drug of the cohort must be one the patient model has kinetics for.
 */
final class PatientReader {
    private static final Set<String> KEYS = Set.of("weight", "grid");

    private PatientReader() {}

    static PatientSpec read(YamlMap m, List<DrugSpec> drugs, PumpProfile profile) throws ScenarioError {
        m.allowOnly(KEYS);
        for (DrugSpec d : drugs) {
            if (Drug.byName(d.drug()) == null) {
                throw m.error("the patient model has no kinetics for the cohort's drug \"" + d.drug() + "\"; it knows "
                        + Drug.knownNames() + " (docs/PATIENT.md)");
            }
        }
        Dist weight = DistReader.read(m.required("weight"), DistReader.ValueReader.of(QuantityKind.BODY_WEIGHT));
        boolean unbounded = weight instanceof Dist.LogNormal;
        if (weight.min() < PatientSetup.MIN_WEIGHT_G && !unbounded
                || !unbounded && weight.max() > PatientSetup.MAX_WEIGHT_G) {
            throw m.required("weight").error("expected body weights from 1 kg to 300 kg");
        }
        long grid = PatientParameter.GRID_US.defaultValue();
        if (m.has("grid")) {
            grid = m.requiredQuantity("grid", QuantityKind.DURATION);
            long tick = profile.get(ProfileParameter.TICK_US);
            if (grid < PatientParameter.GRID_US.min() || grid > PatientParameter.GRID_US.max()) {
                throw m.required("grid").error("expected a patient grid from 1s to 1h");
            }
            if (grid % tick != 0) {
                throw m.required("grid")
                        .error("expected a whole number of the pump's ticks (" + tick + " us), got " + grid + " us");
            }
        }
        return new PatientSpec(weight, grid);
    }
}
