package io.itddsim.bench.cli;

import io.itddsim.bench.run.Scenario;
import io.itddsim.bench.run.TimedCommand;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.host.HostConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code itdd pump} runs: a scenario file's pump and timeline, or a new pump of a profile. */
final class PumpSetups {

    /** A pump's starting state and the commands due on its timeline. */
    record Start(SimulationSetup setup, List<HostConfig.TimedInput> timeline, String description) { }

    private PumpSetups() { }

    /**
     * A bundled profile name gives a new pump: empty reservoir, unprimed catheter, stopped, waiting
     * to be programmed and filled over the wire. Anything else is read as a scenario file, whose
     * timeline is applied at its sim times (its duration does not apply: the pump runs until stopped).
     */
    static Start resolve(String scenarioOrProfile, Long seed) throws ScenarioError {
        PumpProfile profile = PumpProfile.byName(scenarioOrProfile);
        if (profile != null && !Files.exists(Path.of(scenarioOrProfile))) {
            SimulationSetup setup = new SimulationSetup(profile, seed == null ? 1 : seed, 0, 1, 0, false,
                    Prescription.stopped("unprogrammed", 1), 0, 0);
            return new Start(setup, List.of(), "a new " + profile.name() + " (empty, stopped)");
        }
        Scenario scenario = ScenarioLoader.load(Path.of(scenarioOrProfile));
        List<HostConfig.TimedInput> timeline = new ArrayList<>();
        for (TimedCommand c : scenario.timeline()) {
            timeline.add(new HostConfig.TimedInput(c.atUs(), c.command()));
        }
        return new Start(seed == null ? scenario.setup() : scenario.setup().withSeed(seed), timeline,
                "scenario " + scenario.name());
    }
}
