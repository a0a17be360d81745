package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlValue;
import io.itddsim.sim.patient.Syndrome;
import java.util.Set;

/**
 * The readers of the simulated patient's expectation kinds (docs/BENCH.md, "The patient"): {@code
 * patient: STATE} and {@code no_patient: STATE}, each with an optional {@code grade} (default 1:
 * any sign of it) and a window. The patient's concentrations and grades as signals are read by the
 * {@code signal:} kind.
 */
final class PatientReaders {
    static final Set<String> STATE_KEYS = BuiltInReaders.union(ExpectationContext.WINDOW_KEYS, Set.of("grade"));

    private PatientReaders() {}

    static Expectation patient(YamlMap e, ExpectationContext c) throws ScenarioError {
        return read(e, c, "patient", true);
    }

    static Expectation noPatient(YamlMap e, ExpectationContext c) throws ScenarioError {
        return read(e, c, "no_patient", false);
    }

    private static Expectation read(YamlMap e, ExpectationContext c, String key, boolean wanted) throws ScenarioError {
        YamlValue node = e.required(key);
        Syndrome state = c.syndrome(node, node.asString().strip());
        int grade = e.has("grade") ? c.grade(e.required("grade"), state) : 1;
        return new PatientStateExpectation(c.location(e), c.name(e), state, grade, c.window(e), wanted);
    }
}
