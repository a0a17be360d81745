package io.itddsim.fleet.outcome;

import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.fleet.plan.PumpPlanner;
import io.itddsim.fleet.spec.FleetSpec;

/**
 * Runs one pump of a study on the real emulator, exactly as {@code itdd simulate} runs its plan
 * (the same {@link ScenarioRunner}, fast-forward on), and reads its outcome. Stateless apart from
 * the study: one per worker thread, or shared.
 */
public final class PumpRunner {
    private final PumpPlanner planner;

    public PumpRunner(FleetSpec spec) {
        this.planner = new PumpPlanner(spec);
    }

    public PumpOutcome run(int id) {
        PumpPlan plan = planner.plan(id);
        RunResult result = ScenarioRunner.run(plan.runPlan(), RunOptions.DEFAULT, ProgressListener.NONE);
        return OutcomeReader.read(plan, result, planner.spec().nonRecoverableAfterUs());
    }

    public PumpPlanner planner() {
        return planner;
    }
}
