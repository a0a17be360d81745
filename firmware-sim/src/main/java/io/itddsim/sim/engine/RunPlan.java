package io.itddsim.sim.engine;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.fault.FaultSpec;
import java.util.List;

/**
 * Everything that describes a run, and the one thing every runner takes: {@code itdd simulate},
 * {@code itdd pump}, the benchmarks, and the bench and fleet runners built on them. The scenario
 * loader produces it; {@link PumpSimulator#create(RunPlan)} builds the pump from it, with the
 * timeline queued and the faults armed, so the same plan behaves the same under every runner.
 *
 * @param name       human name, for reports
 * @param source     where it came from (a file path, or a description), for messages
 * @param setup      the pump's starting state, with the seed
 * @param durationUs how long a bounded run lasts, in sim microseconds; a pump host runs until
 *                   stopped and ignores it
 * @param timeline   commands due at sim times, in the order written
 * @param faults     faults armed when the run begins, each with its own schedule (docs/FAULTS.md)
 */
public record RunPlan(
        String name,
        String source,
        SimulationSetup setup,
        long durationUs,
        List<TimedCommand> timeline,
        List<FaultSpec> faults)
        implements java.io.Serializable {
    public RunPlan {
        if (setup == null) {
            throw new SimInputException("setup", "missing");
        }
        if (durationUs < 0) {
            throw new SimInputException("duration", "must not be negative, got " + durationUs + " us");
        }
        timeline = List.copyOf(timeline);
        faults = List.copyOf(faults);
    }

    /** A plan with nothing on its timeline and no faults: a pump left to its prescription. */
    public static RunPlan of(String name, SimulationSetup setup, long durationUs) {
        return new RunPlan(name, name, setup, durationUs, List.of(), List.of());
    }

    public RunPlan withSeed(long seed) {
        return new RunPlan(name, source, setup.withSeed(seed), durationUs, timeline, faults);
    }

    public RunPlan withTimeline(List<TimedCommand> commands) {
        return new RunPlan(name, source, setup, durationUs, commands, faults);
    }

    public RunPlan withFaults(List<FaultSpec> specs) {
        return new RunPlan(name, source, setup, durationUs, timeline, specs);
    }

    public RunPlan withDurationUs(long us) {
        return new RunPlan(name, source, setup, us, timeline, faults);
    }
}
