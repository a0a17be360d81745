package io.itddsim.wire.host;

import io.itddsim.sim.engine.RunPlan;

/**
 * Reads a scenario's text into a run plan, so that a bench can start the pump over from a
 * scenario's starting state (LoadScenario). The scenario format belongs to the command line
 * (hil-bench), which hands its reader to the pump host; a host without one answers UNSUPPORTED.
 */
@FunctionalInterface
public interface ScenarioReader {
    /**
     * @param source how messages name the scenario
     * @throws IllegalArgumentException when the text is not a usable scenario, saying where and why
     */
    RunPlan read(String source, String text);
}
