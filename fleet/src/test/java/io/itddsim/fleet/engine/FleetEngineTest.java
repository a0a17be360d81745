package io.itddsim.fleet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.outcome.OutcomeReader;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.fleet.plan.PumpPlanner;
import io.itddsim.fleet.plan.ScenarioYamlWriter;
import io.itddsim.fleet.report.HtmlReport;
import io.itddsim.fleet.report.JsonReport;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.study.FleetAggregator;
import io.itddsim.fleet.study.FleetResult;
import io.itddsim.sim.engine.RunPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tiny fleet on an embedded Hazelcast member, once with one worker and once with three: the
 * same outcomes and the same bytes of result, and every pump re-runs alone, from its scenario file,
 * to the outcome it had in the fleet, its simulated patient's episodes included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetEngineTest {
    private final FleetSpec tiny = TestFleets.tiny();
    private FleetEngine engine;
    private List<PumpOutcome> oneWorker;
    private List<PumpOutcome> threeWorkers;
    private final List<int[]> progress = new ArrayList<>();

    @BeforeAll
    void runTheFleetTwice() {
        engine = FleetEngine.embedded();
        oneWorker = engine.run(tiny, 1, (done, total) -> progress.add(new int[] {done, total}));
        threeWorkers = engine.run(tiny, 3, Progress.NONE);
    }

    @AfterAll
    void shutDown() {
        engine.close();
    }

    @Test
    void everyPumpRunsOnceAndComesBackInIdOrder() {
        assertEquals(tiny.size(), oneWorker.size());
        for (int i = 0; i < oneWorker.size(); i++) {
            assertEquals(i, oneWorker.get(i).id());
        }
        int[] last = progress.get(progress.size() - 1);
        assertEquals(tiny.size(), last[0], "progress ends at every pump done");
        assertEquals(tiny.size(), last[1]);
    }

    @Test
    void theFleetShowsFailuresAndMisses() {
        // the tiny fleet is made to: otherwise the re-run below would prove little
        assertTrue(oneWorker.stream().anyMatch(PumpOutcome::failed), "a pump failed");
        assertTrue(oneWorker.stream().flatMap(o -> o.mechanisms().stream()).anyMatch(m -> !m.detected()), "a miss");
    }

    @Test
    void aPatientWhosePumpStalledForGoodWithdrawsAfterTheAlarm() {
        // the tiny fleet's pumps carry patients (docs/PATIENT.md); a failed pump delivers nothing
        assertTrue(
                oneWorker.stream()
                        .filter(PumpOutcome::failed)
                        .flatMap(o -> o.patientEpisodes().stream()
                                .filter(e -> e.syndrome().endsWith("_withdrawal")
                                        && e.cause().equals(o.failureCause())
                                        && e.startUs() > e.causeFromUs()
                                        && e.pumpNoticedFirst()))
                        .findAny()
                        .isPresent(),
                "a withdrawal after a failure the pump alarmed for");
        assertTrue(oneWorker.stream().allMatch(PumpOutcome::hasPatient), "every cohort has a patient section");
    }

    @Test
    void aggregatesAreBitIdenticalWithOneWorkerAndWithThree() {
        assertEquals(oneWorker, threeWorkers);
        FleetResult a = FleetAggregator.aggregate(tiny, oneWorker);
        FleetResult b = FleetAggregator.aggregate(tiny, threeWorkers);
        assertEquals(JsonReport.render(a, oneWorker), JsonReport.render(b, threeWorkers));
        assertEquals(HtmlReport.render(a), HtmlReport.render(b));
    }

    @Test
    void aggregatesDoNotDependOnTheOrderOutcomesArriveIn() {
        List<PumpOutcome> shuffled = new ArrayList<>(oneWorker);
        java.util.Collections.reverse(shuffled);
        assertEquals(
                JsonReport.render(FleetAggregator.aggregate(tiny, oneWorker), oneWorker),
                JsonReport.render(FleetAggregator.aggregate(tiny, shuffled), oneWorker));
    }

    @Test
    void anyPumpReRunAloneFromItsScenarioFileGivesTheOutcomeItHadInTheFleet() throws ScenarioError {
        PumpPlanner planner = new PumpPlanner(tiny);
        for (PumpOutcome inFleet : oneWorker) {
            PumpPlan plan = planner.plan(inFleet.id());
            String yaml = ScenarioYamlWriter.write(plan.runPlan(), List.of());
            RunPlan loaded = ScenarioLoader.parse("pump-" + inFleet.id() + ".yaml", yaml);
            RunResult alone =
                    ScenarioRunner.run(loaded, RunOptions.DEFAULT, ProgressListener.NONE); // as `itdd simulate`
            assertEquals(inFleet.stateHash(), alone.stateHash(), "state hash of pump " + inFleet.id());
            assertEquals(
                    inFleet, OutcomeReader.read(plan, alone, tiny.nonRecoverableAfterUs()), "pump " + inFleet.id());
        }
    }
}
