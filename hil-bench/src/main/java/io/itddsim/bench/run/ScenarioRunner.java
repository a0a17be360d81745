package io.itddsim.bench.run;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.CommandResult;

/**
 * Runs a scenario on an embedded pump: builds it, queues the timeline, and advances sim time in
 * chunks so a progress listener can report between them. Chunking does not change the result
 * (stopping and resuming is exact, and the fast-forward property test covers it).
 */
public final class ScenarioRunner {
    /** Chunks per run: fine enough for a smooth progress bar, coarse enough to cost nothing. */
    private static final int CHUNKS = 200;

    private ScenarioRunner() { }

    public static RunResult run(Scenario scenario, RunOptions options, ProgressListener progress) {
        Scenario s = options.seedOverride().isPresent() ? scenario.withSeed(options.seedOverride().getAsLong())
                : scenario;
        PumpSimulator sim = PumpSimulator.create(s.setup());
        sim.setFastForward(options.fastForward());
        for (TimedCommand c : s.timeline()) {
            sim.schedule(c.atUs(), c.command());
        }
        for (FaultSpec f : s.faults()) {
            CommandResult armed = sim.armFault(f);
            if (!armed.accepted()) { // the loader checked it; a refusal here is a bug, not bad input
                throw new IllegalStateException("fault " + f.name() + " refused after loading: " + armed.reason());
            }
        }
        long total = s.durationUs();
        for (int i = 1; i <= CHUNKS; i++) {
            long until = total / CHUNKS * i + (i == CHUNKS ? total % CHUNKS : 0);
            sim.runUntil(until);
            progress.progress(sim.nowUs(), total);
        }
        progress.finished();
        return RunResult.of(s, sim, options.fastForward());
    }
}
