package io.itddsim.bench.suite;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.Expectation;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.Target;
import io.itddsim.bench.run.TargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs suites on a target and judges every expectation. Scenarios run side by side (up to {@code
 * jobs}) only on a target that allows it; results come back in file order whatever the order they
 * finished in.
 */
public final class BenchRunner {
    private final Target target;
    private final int jobs;
    private final BenchProgress progress;

    public BenchRunner(Target target, int jobs, BenchProgress progress) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        this.target = target;
        this.jobs = target.concurrent() ? jobs : 1;
        this.progress = progress;
    }

    public BenchResult run(List<Suite> suites) throws InterruptedException {
        int total = suites.stream().mapToInt(s -> s.scenarios().size()).sum();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "bench-scenario");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<ScenarioResult>>> futures = new ArrayList<>();
            for (Suite suite : suites) {
                List<Future<ScenarioResult>> inSuite = new ArrayList<>();
                for (BenchScenario scenario : suite.scenarios()) {
                    inSuite.add(pool.submit(() -> {
                        ScenarioResult r = runOne(scenario);
                        progress.finished(r, done.incrementAndGet(), total);
                        return r;
                    }));
                }
                futures.add(inSuite);
            }
            List<SuiteResult> results = new ArrayList<>();
            for (int i = 0; i < suites.size(); i++) {
                List<ScenarioResult> inSuite = new ArrayList<>();
                for (Future<ScenarioResult> f : futures.get(i)) {
                    inSuite.add(get(f));
                }
                results.add(new SuiteResult(suites.get(i).name(), inSuite));
            }
            progress.done();
            return new BenchResult(target.describe(), results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One scenario: run it, then judge each expectation against what was observed. */
    public ScenarioResult runOne(BenchScenario scenario) {
        progress.started(scenario);
        long start = System.nanoTime();
        Observations observed;
        try {
            observed = target.run(scenario, new ProgressListener() {
                @Override
                public void progress(long simDoneUs, long simTotalUs) {
                    progress.simTime(scenario, simDoneUs, simTotalUs);
                }
            });
        } catch (TargetException e) {
            return new ScenarioResult(scenario, null, List.of(), e.getMessage(), System.nanoTime() - start);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            verdicts.add(e.evaluate(observed));
        }
        return new ScenarioResult(scenario, observed, verdicts, null, System.nanoTime() - start);
    }

    private static ScenarioResult get(Future<ScenarioResult> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // a bug in the bench itself, not a verdict: let it surface with its stack trace
            throw new IllegalStateException("the bench failed running a scenario", e.getCause());
        }
    }
}
