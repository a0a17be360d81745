package io.itddsim.bench.cli;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code itdd pump} runs: a scenario file's pump and timeline, or a new pump of a profile. */
final class PumpSetups {

    /** A pump's run plan, and how to describe it to the user. */
    record Start(RunPlan plan, String description) {}

    private PumpSetups() {}

    /**
     * A bundled profile name gives a new pump: empty reservoir, unprimed catheter, stopped, waiting
     * to be programmed and filled over the wire. Anything else is read as a scenario file, whose
     * timeline is applied at its sim times and whose faults are armed, exactly as {@code itdd
     * simulate} would (its duration does not apply: the pump runs until stopped).
     */
    static Start resolve(String scenarioOrProfile, Long seed) throws ScenarioError {
        PumpProfile profile = PumpProfile.byName(scenarioOrProfile);
        if (profile != null && !Files.exists(Path.of(scenarioOrProfile))) {
            SimulationSetup setup = new SimulationSetup(
                    profile, seed == null ? 1 : seed, 0, 1, 0, false, Prescription.stopped("unprogrammed", 1), 0, 0);
            return new Start(RunPlan.of(profile.name(), setup, 0), "a new " + profile.name() + " (empty, stopped)");
        }
        RunPlan plan = ScenarioLoader.load(Path.of(scenarioOrProfile));
        return new Start(seed == null ? plan : plan.withSeed(seed), "scenario " + plan.name());
    }
}
