package io.itddsim.fleet.plan;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.sim.engine.RunPlan;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ScenarioYamlWriterTest {
    private static final FleetSpec STUDY = TestFleets.load(TestFleets.bundled("field-study.yaml"));
    private static final FleetSpec TINY = TestFleets.tiny();

    @Property(tries = 60)
    void aStudysPumpReadsBackAsTheSamePlan(@ForAll @IntRange(min = 0, max = 9_999) int id) throws ScenarioError {
        assertReadsBack(new PumpPlanner(STUDY).plan(id).runPlan());
    }

    @Property(tries = 9)
    void aTinyFleetsPumpReadsBackAsTheSamePlan(@ForAll @IntRange(min = 0, max = 8) int id) throws ScenarioError {
        assertReadsBack(new PumpPlanner(TINY).plan(id).runPlan());
    }

    private static void assertReadsBack(RunPlan plan) throws ScenarioError {
        String yaml = ScenarioYamlWriter.write(plan, List.of("a header line"));
        RunPlan back = ScenarioLoader.parse("pump.yaml", yaml);
        SamePlan.assertSame(plan, back, yaml);
    }
}
