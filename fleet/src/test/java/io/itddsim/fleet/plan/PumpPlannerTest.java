package io.itddsim.fleet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.spec.CohortSpec;
import io.itddsim.fleet.spec.Dist;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.fleet.spec.PatientSpec;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.ProfileParameter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PumpPlannerTest {
    private static final FleetSpec STUDY = TestFleets.load(TestFleets.bundled("field-study.yaml"));
    private static final long DAY_US = 86_400_000_000L;

    @Property(tries = 30)
    void aPumpIsTheSameWhateverWasPlannedBefore(
            @ForAll @IntRange(min = 0, max = 9_999) int id, @ForAll @IntRange(min = 0, max = 9_999) int other) {
        PumpPlan alone = new PumpPlanner(STUDY).plan(id);
        PumpPlanner busy = new PumpPlanner(STUDY);
        busy.plan(other);
        SamePlan.assertSame(alone, busy.plan(id));
    }

    @Test
    void pumpsDiffer() {
        PumpPlanner planner = new PumpPlanner(STUDY);
        assertNotEquals(
                planner.plan(1).runPlan().setup().seed(),
                planner.plan(2).runPlan().setup().seed());
    }

    @Property(tries = 20)
    void addingAMechanismChangesNoOtherDraw(@ForAll @IntRange(min = 0, max = 9_999) int id) {
        List<MechanismSpec> more = new ArrayList<>(STUDY.mechanisms());
        MechanismSpec extra = STUDY.mechanisms().get(0);
        more.add(
                0,
                new MechanismSpec(
                        "another_wear", extra.fault(), extra.onset(), 5, extra.drugHazardRatios(), extra.parameters()));
        FleetSpec bigger = new FleetSpec(
                STUDY.name(), STUDY.source(), STUDY.seed(), STUDY.nonRecoverableAfterUs(), more, STUDY.cohorts());

        PumpPlan before = new PumpPlanner(STUDY).plan(id);
        PumpPlan after = new PumpPlanner(bigger).plan(id);
        assertEquals(
                before.mechanisms(),
                after.mechanisms().subList(1, after.mechanisms().size()));
        SamePlan.assertSetup(before.runPlan().setup(), after.runPlan().setup(), "pump " + id);
        assertEquals(before.runPlan().timeline(), after.runPlan().timeline());
    }

    @Property(tries = 50)
    void onlyMechanismsThatBeginWithinTheFollowUpAreArmed(@ForAll @IntRange(min = 0, max = 9_999) int id) {
        PumpPlan p = new PumpPlanner(STUDY).plan(id);
        List<String> armed = p.runPlan().faults().stream().map(FaultSpec::name).toList();
        for (MechanismDraw m : p.mechanisms()) {
            boolean within = m.onsetAgeUs() - p.implantAgeUs() < p.followUpUs();
            assertEquals(within, m.armed(), m.name());
            assertEquals(within, armed.contains(m.name()), m.name());
            assertTrue(m.onsetAgeUs() >= p.implantAgeUs(), "no onset before the pump entered the study");
        }
        for (FaultSpec f : p.runPlan().faults()) {
            MechanismDraw m = p.mechanisms().stream()
                    .filter(d -> d.name().equals(f.name()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(m.onsetAgeUs() - p.implantAgeUs(), f.schedule().atUs(), "armed at its onset, in sim time");
            assertEquals(m.parameters(), f.parameters());
        }
    }

    @Property(tries = 50)
    void everyVisitFindsTheReservoirAboveTheLowLevelAndFillsItUp(@ForAll @IntRange(min = 0, max = 9_999) int id) {
        PumpPlan p = new PumpPlanner(STUDY).plan(id);
        var setup = p.runPlan().setup();
        long capacity = setup.profile().get(ProfileParameter.RESERVOIR_CAPACITY_NL);
        long low = AlarmSettings.defaults(setup.profile()).lowReservoirNl();
        long estimateAtVisit = capacity - p.rateNlPerDay() * (p.refillIntervalUs() / DAY_US);
        assertTrue(estimateAtVisit > low, "estimate " + estimateAtVisit + " nL at a visit, low level " + low);
        assertEquals(0, p.refillIntervalUs() % DAY_US, "visits on whole days");
        for (var c : p.runPlan().timeline()) {
            assertTrue(c.atUs() < p.followUpUs());
            if (c.command() instanceof PumpCommand.Refill r) {
                assertEquals(capacity, r.addedNl());
                assertEquals(PumpCommand.Refill.ASPIRATE_ALL, r.aspirateNl());
            }
        }
        assertEquals(
                p.visitsUs().size() * 2L,
                p.runPlan().timeline().stream()
                        .filter(c -> p.visitsUs().contains(c.atUs()))
                        .count());
    }

    @Test
    void theDrugMixFollowsTheShares() {
        PumpPlanner planner = new PumpPlanner(STUDY);
        int offLabel = 0;
        for (int id = 0; id < 2_000; id++) {
            offLabel += planner.plan(id).offLabel() ? 1 : 0;
        }
        // 30% off-label: 600 of 2,000, binomial standard deviation 20.5
        assertTrue(Math.abs(offLabel - 600) < 70, "off-label pumps: " + offLabel);
    }

    @Test
    void aPumpThatEntersOldHasSpentBattery() {
        FleetSpec tiny = TestFleets.tiny();
        PumpPlanner planner = new PumpPlanner(tiny);
        for (int id = 6; id < 9; id++) {
            PumpPlan p = planner.plan(id);
            long expected =
                    BatteryAge.spentPpm(p.runPlan().setup().profile(), p.rateNlPerDay(), p.implantAgeUs(), 950_000);
            assertEquals(expected, p.runPlan().setup().batteryDepthOfDischargePpm());
            assertTrue(p.implantAgeUs() == 0 || expected > 0);
        }
    }

    @Property(tries = 20)
    void givingTheCohortsPatientsChangesNoOtherDraw(@ForAll @IntRange(min = 0, max = 9_999) int id) {
        PatientSpec patient = new PatientSpec(new Dist.Uniform(40_000, 120_000), 600_000_000L);
        List<CohortSpec> withPatients = STUDY.cohorts().stream()
                .map(c -> new CohortSpec(
                        c.name(),
                        c.size(),
                        c.profile(),
                        c.followUpUs(),
                        c.implantAgeUs(),
                        c.dropoutPerYear(),
                        c.refillIntervalUs(),
                        c.interrogationEveryUs(),
                        c.drugs(),
                        c.hazardRatios(),
                        c.fieldReference(),
                        patient))
                .toList();
        FleetSpec bigger = new FleetSpec(
                STUDY.name(),
                STUDY.source(),
                STUDY.seed(),
                STUDY.nonRecoverableAfterUs(),
                STUDY.mechanisms(),
                withPatients);

        PumpPlan before = new PumpPlanner(STUDY).plan(id);
        PumpPlan after = new PumpPlanner(bigger).plan(id);
        assertFalse(before.hasPatient());
        assertTrue(after.patientWeightG() >= 40_000 && after.patientWeightG() <= 120_000, "weight drawn in range");
        PatientSetup setup = after.runPlan().setup().patient();
        assertEquals(after.patientWeightG(), setup.weightG());
        assertEquals(600_000_000L, setup.parameters().get(PatientParameter.GRID_US));
        assertEquals(PatientSetup.ADAPTED_TO_PRESCRIPTION, setup.adaptedDoseNgPerDay(), "adapted to the pump's dose");
        assertEquals(before.mechanisms(), after.mechanisms());
        assertEquals(before.runPlan().timeline(), after.runPlan().timeline());
        assertEquals(before.runPlan().faults(), after.runPlan().faults());
        SamePlan.assertSetup(before.runPlan().setup(), after.runPlan().setup().withPatient(null), "pump " + id);
    }
}
