package io.itddsim.fleet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;

/**
 * Compares run plans by value. A pump profile has no value equality of its own (records holding one
 * compare it by identity), so profiles are compared by name and parameters, and the setups with a
 * shared profile (and their patients apart); timeline entries without the file line they were read from.
 */
final class SamePlan {
    private static final java.util.Map<String, PumpProfile> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private SamePlan() {}

    static void assertSame(RunPlan expected, RunPlan actual, String context) {
        assertEquals(expected.name(), actual.name(), context);
        assertSetup(expected.setup(), actual.setup(), context);
        assertEquals(expected.durationUs(), actual.durationUs(), context);
        assertEquals(commands(expected.timeline()), commands(actual.timeline()), context);
        assertEquals(expected.faults(), actual.faults(), context);
    }

    static void assertSame(PumpPlan expected, PumpPlan actual) {
        assertSame(expected.runPlan(), actual.runPlan(), "pump " + expected.id());
        assertEquals(expected.mechanisms(), actual.mechanisms());
        assertEquals(expected.visitsUs(), actual.visitsUs());
        assertEquals(expected.drug(), actual.drug());
        assertEquals(expected.implantAgeUs(), actual.implantAgeUs());
        assertEquals(expected.followUpUs(), actual.followUpUs());
    }

    static void assertSetup(SimulationSetup expected, SimulationSetup actual, String context) {
        assertEquals(expected.profile().name(), actual.profile().name(), context);
        assertEquals(expected.profile().asMap(), actual.profile().asMap(), context);
        assertEquals(shared(expected), shared(actual), context);
        assertEquals(expected.patient(), actual.patient(), context);
    }

    private static SimulationSetup shared(SimulationSetup s) {
        return new SimulationSetup(
                SHARED.computeIfAbsent(s.profile().name(), PumpProfile::byName),
                s.seed(),
                s.reservoirVolumeNl(),
                s.reservoirConcentrationUgPerMl(),
                s.reservoirEnteredNl(),
                s.catheterPrimed(),
                s.prescription(),
                s.batteryDepthOfDischargePpm(),
                s.startTimeOfDayUs(),
                s.alarmSettings());
    }

    private static List<TimedCommand> commands(List<TimedCommand> timeline) {
        return timeline.stream()
                .map(c -> new TimedCommand(c.atUs(), c.command()))
                .toList();
    }
}
