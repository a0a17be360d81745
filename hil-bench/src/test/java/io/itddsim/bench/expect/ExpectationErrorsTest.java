package io.itddsim.bench.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.scenario.ScenarioError;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A mistake in an expectation stops the scenario from loading, at its line and column, saying what was expected. */
class ExpectationErrorsTest {

    private static ScenarioError error(String expectations) {
        return assertThrows(
                ScenarioError.class,
                () -> BenchScenarioLoader.builtIn().parse(Path.of("s.yaml"), StallScenario.with(expectations)));
    }

    private static void assertAt(ScenarioError e, int line, int column, String... fragments) {
        assertEquals("s.yaml", e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), e.getMessage() + " should say " + f);
        }
    }

    @Test
    @DisplayName("a misspelt kind is an unknown key with a suggestion")
    void misspeltKind() {
        assertAt(error("  - alarms: MOTOR_STALL\n"), 24, 5, "unknown key \"alarms\"", "did you mean \"alarm\"?");
    }

    @Test
    @DisplayName("an entry with no kind lists the kinds")
    void noKind() {
        assertAt(error("  - within: 10m\n"), 24, 5, "expected one of alarm, event, fault, no_alarm, no_event");
    }

    @Test
    @DisplayName("an anchor naming a fault the scenario does not inject lists the ones it does")
    void unknownFault() {
        assertAt(
                error("  - alarm: MOTOR_STALL\n    within: 10m\n    after: fault jan\n"),
                26,
                12,
                "expect[0].after",
                "unknown fault \"jan\"; expected one of jam");
    }

    @Test
    @DisplayName("an unknown alarm type lists the alarm types")
    void unknownAlarm() {
        assertAt(
                error("  - alarm: MOTOR_STAL\n"),
                24,
                12,
                "unknown alarm \"MOTOR_STAL\"",
                "did you mean \"MOTOR_STALL\"?");
    }

    @Test
    @DisplayName("a time after the end of the run is refused")
    void afterTheEnd() {
        assertAt(
                error("  - signal: reservoir_actual\n    min: 1 mL\n    at: 2d\n"),
                26,
                9,
                "is after the end of the run (duration 1d)");
    }

    @Test
    @DisplayName("a signal needs exactly one condition")
    void signalWithoutCondition() {
        assertAt(error("  - signal: reservoir_actual\n    at: 12h\n"), 24, 5, "expected a condition");
    }

    @Test
    @DisplayName("an unknown signal lists the signals")
    void unknownSignal() {
        assertAt(
                error("  - signal: reservoir\n    min: 1 mL\n"),
                24,
                13,
                "unknown signal \"reservoir\"",
                "reservoir_actual",
                "reservoir_estimate");
    }

    @Test
    @DisplayName("a bound in the wrong unit names the signal's unit")
    void wrongUnit() {
        assertAt(
                error("  - signal: reservoir_estimate\n    min: 3 V\n"),
                25,
                10,
                "reservoir_estimate is measured as volume (nL)");
    }

    @Test
    @DisplayName("a state is checked with is, and only with a known state")
    void states() {
        assertAt(error("  - signal: motor\n    min: 1 mL\n"), 24, 5, "motor is a state");
        assertAt(error("  - signal: motor\n    is: JAMMED\n"), 25, 9, "IDLE, DRIVING, STALLED");
        assertAt(error("  - signal: commanded\n    is: IDLE\n"), 25, 9, "commanded is a quantity");
    }

    @Test
    @DisplayName("a timeline entry that does not exist is refused with the range")
    void timelineOutOfRange() {
        assertAt(
                error("  - event: INTERROGATED\n    after: timeline[1]\n"),
                25,
                12,
                "the timeline has 1 entries (timeline[0] to timeline[0])");
    }

    @Test
    @DisplayName("a detector the fault cannot be found by is refused with those it can")
    void unknownDetector() {
        assertAt(
                error("  - fault: jam\n    by: REFILL_DISCREPANCY\n"),
                25,
                9,
                "unknown detector \"REFILL_DISCREPANCY\" for motor_stall_permanent",
                "MOTOR_STALL");
    }

    @Test
    @DisplayName("a sampling grid that is not a multiple of the tick is refused")
    void badSampling() {
        ScenarioError e = assertThrows(
                ScenarioError.class,
                () -> BenchScenarioLoader.builtIn()
                        .parse(
                                Path.of("s.yaml"),
                                StallScenario.PLAN.replace("sample_every: 10m", "sample_every: 1500us")));
        assertAt(e, 22, 17, "multiple of the pump's tick");
    }
}
