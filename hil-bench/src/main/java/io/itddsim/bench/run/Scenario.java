package io.itddsim.bench.run;

import io.itddsim.sim.engine.SimulationSetup;
import java.util.List;

/**
 * A loaded, validated scenario: the pump's starting state, how long to run, and the timeline of
 * commands by sim time.
 *
 * @param source     where it came from (file path), for messages
 * @param name       human name
 * @param setup      the pump's starting state (with the scenario's seed)
 * @param durationUs how long to run, in sim microseconds
 * @param timeline   commands in the order written, each with its due time
 */
public record Scenario(String source, String name, SimulationSetup setup, long durationUs,
                       List<TimedCommand> timeline) {
    public Scenario {
        timeline = List.copyOf(timeline);
    }

    public Scenario withSeed(long seed) {
        return new Scenario(source, name, setup.withSeed(seed), durationUs, timeline);
    }
}
