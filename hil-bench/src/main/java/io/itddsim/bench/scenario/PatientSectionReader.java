package io.itddsim.bench.scenario;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.patient.Drug;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientParameters;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.Set;

/**
 * The {@code patient:} section (docs/SCENARIOS.md, docs/PATIENT.md): the simulated patient
 * downstream of the catheter tip. Only a scenario with this section has one.
 *
 * <pre>
 * patient:
 *   weight: 70 kg
 *   adapted_to: 10 mg/day      # optional: the daily dose the patient is used to (default: the
 *                              # starting prescription's; 0 mg/day for a drug-naive patient)
 *   csf_at_start: steady       # optional: steady (default) or empty (no drug in the spinal fluid yet)
 *   parameters:                # optional: any parameter of docs/PATIENT.md, integer in its unit
 *     morphine.csf_clearance_nl_per_kg_per_min: 3100
 * </pre>
 */
final class PatientSectionReader {
    private static final Set<String> KEYS = Set.of("weight", "adapted_to", "csf_at_start", "parameters");

    private PatientSectionReader() {}

    /** Reads the section for a patient on {@code drug} (the reservoir's), on a pump of {@code profile}. */
    static PatientSetup read(YamlMap patient, String drug, PumpProfile profile) throws ScenarioError {
        patient.allowOnly(KEYS);
        if (Drug.byName(drug) == null) {
            throw patient.error("the patient model has no kinetics for the drug \"" + drug + "\"; it knows "
                    + Drug.knownNames() + " (docs/PATIENT.md)");
        }
        long weightG = patient.requiredQuantity("weight", QuantityKind.BODY_WEIGHT);
        if (weightG < PatientSetup.MIN_WEIGHT_G || weightG > PatientSetup.MAX_WEIGHT_G) {
            throw patient.required("weight").error("expected a body weight from 1 kg to 300 kg");
        }
        long adapted = patient.optionalQuantity("adapted_to", QuantityKind.DOSE_RATE)
                .orElse(PatientSetup.ADAPTED_TO_PRESCRIPTION);
        boolean steady = true;
        if (patient.has("csf_at_start")) {
            YamlValue v = patient.required("csf_at_start");
            switch (v.asString()) {
                case "steady" -> steady = true;
                case "empty" -> steady = false;
                default -> throw v.error("expected steady or empty, got \"" + v.asString() + "\"");
            }
        }
        PatientParameters parameters = PatientParameters.defaults();
        if (patient.has("parameters")) {
            parameters = parameters(patient.requiredMap("parameters"), profile);
        }
        return new PatientSetup(weightG, adapted, steady, parameters);
    }

    private static PatientParameters parameters(YamlMap map, PumpProfile profile) throws ScenarioError {
        PatientParameters result = PatientParameters.defaults();
        for (String key : map.keys()) {
            PatientParameter p = PatientParameter.byKey(key);
            if (p == null) {
                throw map.required(key)
                        .error("unknown patient parameter \"" + key
                                + "\"; the parameters are listed in docs/PATIENT.md");
            }
            try {
                result = result.with(p, map.requiredLong(key));
            } catch (SimInputException e) {
                throw map.required(key).error(e.getMessage());
            }
        }
        long tickUs = profile.get(ProfileParameter.TICK_US);
        long gridUs = result.get(PatientParameter.GRID_US);
        if (gridUs % tickUs != 0) {
            YamlValue at =
                    map.has(PatientParameter.GRID_US.key()) ? map.required(PatientParameter.GRID_US.key()) : null;
            String detail = "expected a whole number of the pump's ticks (" + tickUs + " us), got " + gridUs + " us";
            throw at != null ? at.error(detail) : map.error(detail);
        }
        return result;
    }
}
