package io.itddsim.bench.run;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;

/**
 * Runs a plan on an embedded pump for its duration, advancing sim time in chunks so a progress
 * listener can report between them. Chunking does not change the result (stopping and resuming is
 * exact, and the fast-forward property test covers it).
 */
public final class ScenarioRunner {
    /** Chunks per run: fine enough for a smooth progress bar, coarse enough to cost nothing. */
    private static final int CHUNKS = 200;

    private ScenarioRunner() {}

    public static RunResult run(RunPlan plan, RunOptions options, ProgressListener progress) {
        RunPlan p = options.seedOverride().isPresent()
                ? plan.withSeed(options.seedOverride().getAsLong())
                : plan;
        PumpSimulator sim = PumpSimulator.create(p);
        sim.setFastForward(options.fastForward());
        PatientChart chart = new PatientChart(sim);
        long total = p.durationUs();
        for (int i = 1; i <= CHUNKS; i++) {
            long until = total / CHUNKS * i + (i == CHUNKS ? total % CHUNKS : 0);
            chart.runUntil(until);
            progress.progress(sim.nowUs(), total);
        }
        progress.finished();
        return RunResult.of(p, sim, options.fastForward(), chart.finish());
    }
}
