package io.itddsim.bench.suite;

import io.itddsim.bench.expect.BenchScenario;

/** Told how a bench run is going, scenario by scenario; for a progress bar. */
public interface BenchProgress {
    BenchProgress NONE = new BenchProgress() {};

    default void started(BenchScenario scenario) {}

    /** Sim time of the scenario now running (the latest, when several run at once). */
    default void simTime(BenchScenario scenario, long simDoneUs, long simTotalUs) {}

    default void finished(ScenarioResult result, int done, int total) {}

    /** The whole run is over. */
    default void done() {}
}
