package io.itddsim.bench.run;

import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.fault.FaultSpec;
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
 * @param faults     faults armed at the start of the run, each with its own schedule (docs/FAULTS.md)
 */
public record Scenario(String source, String name, SimulationSetup setup, long durationUs,
                       List<TimedCommand> timeline, List<FaultSpec> faults) {
    public Scenario {
        timeline = List.copyOf(timeline);
        faults = List.copyOf(faults);
    }

    /** A scenario without faults. */
    public Scenario(String source, String name, SimulationSetup setup, long durationUs, List<TimedCommand> timeline) {
        this(source, name, setup, durationUs, timeline, List.of());
    }

    public Scenario withSeed(long seed) {
        return new Scenario(source, name, setup.withSeed(seed), durationUs, timeline, faults);
    }
}
