package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.MINUTE_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When faults act: at, for, repeat/every, probability, conditions, clearing; with and without fast-forward. */
class FaultScheduleTest {
    private static final FaultSpec LEAK = FaultSpec.of(FaultKind.CATHETER_LEAK, FaultSchedule.now());

    /** Runs the same setup skipped and stepped, checks they agree, and returns the skipped one. */
    private static PumpSimulator runBothWays(long seed, long untilUs, FaultSpec... specs) {
        PumpSimulator skipped = FaultPumps.morphine(seed);
        PumpSimulator stepped = FaultPumps.morphine(seed);
        stepped.setFastForward(false);
        for (FaultSpec s : specs) {
            arm(skipped, s);
            arm(stepped, s);
        }
        skipped.runUntil(untilUs);
        stepped.runUntil(untilUs);
        assertEquals(stepped.stateHash(), skipped.stateHash(), "fast-forward changed the run");
        assertEquals(stepped.faultRecords(), skipped.faultRecords());
        return skipped;
    }

    @Test
    @DisplayName("at and for: active from the first tick at or after `at`, for exactly `for`")
    void atAndFor() {
        PumpSimulator sim = runBothWays(
                71,
                2 * HOUR_US,
                LEAK.scheduled(FaultSchedule.at(HOUR_US / 2 + 300).lasting(10 * MINUTE_US)));
        FaultRecord r = onlyRecord(sim);
        assertEquals(HOUR_US / 2 + 1_000, r.activeFromUs(), "rounded up to the tick");
        assertEquals(HOUR_US / 2 + 1_000 + 10 * MINUTE_US, r.activeToUs());
        assertEquals(0, r.armedUs());
        assertEquals(0, sim.plant().flow().leakPpm(), "lifted when it ended");
    }

    @Test
    @DisplayName("repeat and every: occurrences start `every` apart, each its own record")
    void repeatEvery() {
        PumpSimulator sim = runBothWays(
                72,
                8 * HOUR_US,
                LEAK.scheduled(FaultSchedule.at(HOUR_US).lasting(MINUTE_US).repeated(3, 2 * HOUR_US)));
        List<FaultRecord> records = sim.faultRecords();
        assertEquals(3, records.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(k, records.get(k).occurrence());
            assertEquals(HOUR_US + k * 2 * HOUR_US, records.get(k).activeFromUs());
            assertEquals(HOUR_US + MINUTE_US + k * 2 * HOUR_US, records.get(k).activeToUs());
        }
    }

    @Test
    @DisplayName("probability: each occurrence is drawn from the fault's own seeded stream")
    void probabilityIsSeededPerFault() {
        FaultSpec coinFlips = LEAK.named("coin")
                .scheduled(FaultSchedule.now()
                        .lasting(MINUTE_US)
                        .repeated(200, 2 * MINUTE_US)
                        .withProbabilityPpm(300_000));
        List<Long> a = starts(runBothWays(73, 401 * MINUTE_US, coinFlips));
        List<Long> b = starts(runBothWays(73, 401 * MINUTE_US, coinFlips));
        List<Long> otherName = starts(runBothWays(73, 401 * MINUTE_US, coinFlips.named("coin2")));
        assertEquals(a, b);
        assertNotEquals(a, otherName);
        assertTrue(a.size() > 40 && a.size() < 80, a.size() + " of 200 at 30%");
    }

    @Test
    @DisplayName("adding a fault does not change the noise elsewhere: another fault's draws are unaffected")
    void faultsDrawIndependently() {
        FaultSpec coin = LEAK.named("coin")
                .scheduled(FaultSchedule.now()
                        .lasting(MINUTE_US)
                        .repeated(100, 2 * MINUTE_US)
                        .withProbabilityPpm(500_000));
        FaultSpec other = FaultSpec.of(FaultKind.MOTOR_STALL_INTERMITTENT, FaultSchedule.at(HOUR_US))
                .with("window", 2 * HOUR_US)
                .with("episode_min", MINUTE_US)
                .with("episode_max", 20 * MINUTE_US);
        List<Long> alone = starts(runBothWays(74, 201 * MINUTE_US, coin));
        List<Long> together = runBothWays(74, 201 * MINUTE_US, coin, other).faultRecords().stream()
                .filter(r -> r.name().equals("coin"))
                .map(FaultRecord::activeFromUs)
                .toList();
        assertEquals(alone, together);
    }

    private static List<Long> starts(PumpSimulator sim) {
        return starts(sim.faultRecords());
    }

    private static List<Long> starts(List<FaultRecord> records) {
        return records.stream().map(FaultRecord::activeFromUs).toList();
    }

    @Test
    @DisplayName(
            "when a quantity crosses a threshold: checked on the poll grid, the same with and without fast-forward")
    void thresholdCondition() {
        FaultSpec spec = LEAK.scheduled(FaultSchedule.now()
                .when(new FaultCondition.Threshold(
                        FaultCondition.Quantity.RESERVOIR_ACTUAL, FaultCondition.Comparison.BELOW, 39_900_000)));
        PumpSimulator sim = runBothWays(75, 8 * HOUR_US, spec);
        FaultRecord r = onlyRecord(sim);
        assertEquals(0, r.activeFromUs() % FaultSchedule.DEFAULT_POLL_US, "on the ten-minute grid");
        // 0.1 mL at 0.5 mL/day (this pump delivers about 3% under): a little under 5 h
        assertTrue(r.activeFromUs() > 4 * HOUR_US && r.activeFromUs() < 6 * HOUR_US, "at " + r.activeFromUs());
        // the last stroke before activation is within a minute of it
        assertTrue(sim.plant().ledger().elsewhereNl() > 0);
    }

    @Test
    @DisplayName("when after an event: the tick after the firmware logs it")
    void afterEventCondition() {
        FaultSpec jam = FaultSpec.of(FaultKind.MOTOR_STALL_TRANSIENT, FaultSchedule.at(HOUR_US))
                .named("jam")
                .with("duration", HOUR_US);
        FaultSpec followUp = LEAK.named("after-stall")
                .scheduled(FaultSchedule.now()
                        .lasting(HOUR_US)
                        .when(new FaultCondition.AfterEvent(EventType.MOTOR_STALL)));
        PumpSimulator sim = runBothWays(76, 4 * HOUR_US, jam, followUp);
        PumpEvent stall = sim.events().stream()
                .filter(e -> e.type() == EventType.MOTOR_STALL)
                .findFirst()
                .orElseThrow();
        FaultRecord r = sim.faultRecords().stream()
                .filter(x -> x.name().equals("after-stall"))
                .findFirst()
                .orElseThrow();
        assertEquals(stall.timeUs() + sim.profile().tickUs(), r.activeFromUs());
    }

    @Test
    @DisplayName("an event logged before the fault starts waiting does not count")
    void earlierEventsDoNotCount() {
        FaultSpec jam = FaultSpec.of(FaultKind.MOTOR_STALL_TRANSIENT, FaultSchedule.at(HOUR_US))
                .named("jam")
                .with("duration", HOUR_US);
        FaultSpec followUp = LEAK.named("late")
                .scheduled(FaultSchedule.at(3 * HOUR_US).when(new FaultCondition.AfterEvent(EventType.MOTOR_STALL)));
        PumpSimulator sim = runBothWays(77, 5 * HOUR_US, jam, followUp);
        assertEquals(1, sim.faultRecords().size(), "only the jam became active");
    }

    @Test
    @DisplayName("clearing ends the active occurrence now and cancels the rest")
    void clearEndsAndCancels() {
        PumpSimulator sim = FaultPumps.morphine(78);
        arm(sim, LEAK.scheduled(FaultSchedule.now().lasting(2 * HOUR_US).repeated(5, DAY_US)));
        sim.runUntil(HOUR_US);
        assertTrue(sim.clearFault(LEAK.name()).accepted());
        sim.runUntil(10 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals(HOUR_US, r.activeToUs());
        assertEquals(2, sim.faultInputs().size());
        assertEquals(HOUR_US / 1_000, sim.faultInputs().get(1).tick(), "recorded with its tick");
    }

    @Test
    @DisplayName("a fault armed in the middle of a run starts at that tick boundary")
    void armedMidRun() {
        PumpSimulator sim = FaultPumps.morphine(79);
        sim.runUntil(DAY_US + 123_000);
        arm(sim, LEAK);
        sim.runUntil(2 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals(DAY_US + 123_000, r.armedUs());
        assertEquals(DAY_US + 123_000, r.activeFromUs());
    }
}
