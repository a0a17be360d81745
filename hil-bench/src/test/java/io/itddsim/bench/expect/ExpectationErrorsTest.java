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

    /** As {@link #error}, in the scenario with a patient, whose first expectation is on line 26. */
    private static ScenarioError patientError(String expectations) {
        return assertThrows(
                ScenarioError.class,
                () -> BenchScenarioLoader.builtIn().parse(Path.of("s.yaml"), StallScenario.withPatient(expectations)));
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

    @Test
    @DisplayName("an expectation about the patient in a scenario without one says to add a patient: section")
    void patientWithoutPatient() {
        String none = "is about the simulated patient, and this scenario has none: add a patient: section";
        assertAt(error("  - patient: opioid_withdrawal\n"), 24, 14, "patient opioid_withdrawal " + none);
        assertAt(error("  - no_patient: opioid_overdose\n"), 24, 17, none);
        assertAt(error("  - signal: patient_csf\n    max: 1 ng/mL\n"), 24, 13, "patient_csf " + none);
        assertAt(error("  - alarm: any\n    before: patient opioid_withdrawal\n"), 25, 13, none);
    }

    @Test
    @DisplayName(
            "a state the patient's drug does not bring about, or a misspelt one, is refused with the states it does")
    void stateNotFollowed() {
        assertAt(
                patientError("  - patient: baclofen_withdrawal\n"),
                26,
                14,
                "a patient on morphine is not followed for baclofen_withdrawal; it is for therapeutic_effect,"
                        + " opioid_overdose, opioid_withdrawal");
        assertAt(
                patientError("  - signal: baclofen_withdrawal\n    max: 0\n"),
                26,
                13,
                "not followed for baclofen_withdrawal");
        assertAt(
                patientError("  - patient: opioid_withdrawl\n"),
                26,
                14,
                "unknown clinical state \"opioid_withdrawl\" (did you mean \"opioid_withdrawal\"?)");
    }

    @Test
    @DisplayName("a grade outside the state's grades is refused with what each grade looks like")
    void badGrade() {
        assertAt(
                patientError("  - patient: opioid_overdose\n    grade: 4\n"),
                27,
                12,
                "expected a grade of opioid_overdose from 1 to 3 (1 sedation, small pupils; 2 marked sedation,");
        assertAt(
                patientError("  - alarm: any\n    after: patient opioid_overdose grade 0\n"),
                27,
                12,
                "expected a grade of opioid_overdose from 1 to 3");
        assertAt(patientError("  - signal: opioid_overdose\n    max: 5\n"), 27, 10, "a grade is 0 (absent) to 3");
    }

    @Test
    @DisplayName("a concentration bound in a volume's unit names the concentration units")
    void concentrationUnit() {
        assertAt(
                patientError("  - signal: patient_csf\n    max: 3 mL\n"),
                27,
                10,
                "patient_csf is measured as concentration (pg/mL)",
                "unknown unit \"mL\"");
    }
}
