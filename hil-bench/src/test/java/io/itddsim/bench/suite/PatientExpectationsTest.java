package io.itddsim.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.sim.engine.PumpSimulator;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expectations about the simulated patient, checked in sim time against the run: a clinical state
 * reached or not in a window, the patient's quantities as signals, and a patient state as an anchor.
 * The patient of {@link StallScenario#withPatient} is adapted to 3 mg/day of morphine; the jam at
 * 12h stops the drug, and the first withdrawal signs come at 18h11m, the autonomic ones at 23h7m.
 */
class PatientExpectationsTest {
    private static final long MINUTE_US = 60_000_000L;
    private static final long HOUR_US = 60 * MINUTE_US;

    @TempDir
    Path dir;

    private ScenarioResult run(String expectations) throws Exception {
        Path file = StallScenario.writeWithPatient(dir, "patient.yaml", expectations);
        BenchScenario scenario = BenchScenarioLoader.builtIn().load(file);
        return new BenchRunner(new EmbeddedTarget(), 1, BenchProgress.NONE).runOne(scenario);
    }

    private static void assertVerdict(Verdict v, Verdict.Outcome outcome, String evidence, long atUs) {
        assertEquals(outcome, v.outcome(), v.toString());
        assertEquals(evidence, v.evidence());
        assertEquals(atUs, v.atUs(), v.toString());
    }

    @Test
    @DisplayName("a clinical state reached in its window passes, with its grade, what it looks like and the exact time")
    void stateReached() throws Exception {
        ScenarioResult r = run("""
                  - patient: opioid_withdrawal
                    within: 12h
                    after: fault jam
                """);
        assertVerdict(
                r.verdicts().get(0),
                Verdict.Outcome.PASSED,
                "opioid_withdrawal reached grade 1 (returning pain, anxiety, yawning) at 18h11m, 6h11m after fault jam"
                        + " (12h)",
                18 * HOUR_US + 11 * MINUTE_US);
    }

    @Test
    @DisplayName("a state already present when the window opens passes, saying since when")
    void stateAlreadyPresent() throws Exception {
        ScenarioResult r = run("""
                  - patient: therapeutic_effect
                    grade: 2
                    after: 6h
                """);
        assertVerdict(
                r.verdicts().get(0),
                Verdict.Outcome.PASSED,
                "therapeutic_effect was at grade 2 (full relief) when the window opened at 6h (since 0s)",
                6 * HOUR_US);
    }

    @Test
    @DisplayName(
            "no_patient fails at the change inside its window; a state never reached fails with the first time it was")
    void stateFails() throws Exception {
        ScenarioResult r = run("""
                  - no_patient: opioid_withdrawal
                    after: fault jam
                  - patient: opioid_withdrawal
                    grade: 2
                    within: 6h
                    after: fault jam
                """);
        assertVerdict(
                r.verdicts().get(0),
                Verdict.Outcome.FAILED,
                "opioid_withdrawal reached grade 1 (returning pain, anxiety, yawning) at 18h11m, inside the window"
                        + " from 12h to 1d",
                18 * HOUR_US + 11 * MINUTE_US);
        assertVerdict(
                r.verdicts().get(1),
                Verdict.Outcome.FAILED,
                "opioid_withdrawal stayed below grade 2 from 12h to 18h (at most grade 0 (none)); it first reached"
                        + " grade 2 at 23h7m",
                18 * HOUR_US);
    }

    @Test
    @DisplayName(
            "the patient's concentrations, withdrawal drive and grades are signals, at an instant or over a window")
    void patientSignals() throws Exception {
        ScenarioResult r = run("""
                  - signal: patient_csf
                    min: 5 ug/mL
                    before: fault jam
                  - signal: patient_withdrawal_drive
                    max: 5%
                    at: 12h
                  - signal: opioid_withdrawal
                    min: 2
                    at: 23h30m
                  - signal: opioid_overdose
                    max: 0
                """);
        for (Verdict v : r.verdicts()) {
            assertEquals(Verdict.Outcome.PASSED, v.outcome(), v.toString());
        }
        assertEquals(
                "opioid_withdrawal was grade 2 (agitation, sweating, fast heart rate, gooseflesh) in the sample at"
                        + " 23h30m",
                r.verdicts().get(2).evidence());
    }

    @Test
    @DisplayName(
            "a patient state is an anchor: the alarm came before the first withdrawal sign, autonomic signs within 6 h of it")
    void patientAnchor() throws Exception {
        ScenarioResult r = run("""
                  - alarm: MOTOR_STALL
                    before: patient opioid_withdrawal
                  - patient: opioid_withdrawal
                    grade: 2
                    within: 6h
                    after: patient opioid_withdrawal
                  - no_alarm: any
                    after: patient opioid_withdrawal grade 2
                """);
        assertEquals(
                Verdict.Outcome.PASSED,
                r.verdicts().get(0).outcome(),
                r.verdicts().toString());
        assertVerdict(
                r.verdicts().get(1),
                Verdict.Outcome.PASSED,
                "opioid_withdrawal reached grade 2 (agitation, sweating, fast heart rate, gooseflesh) at 23h7m, 4h56m"
                        + " after patient opioid_withdrawal (18h11m)",
                23 * HOUR_US + 7 * MINUTE_US);
        // the stall alarm raised at 12h is still active: a window opening later sees it
        assertEquals(
                Verdict.Outcome.FAILED,
                r.verdicts().get(2).outcome(),
                r.verdicts().toString());
    }

    @Test
    @DisplayName("on the embedded target the patient's course is the model's own record of every change")
    void courseIsTheModels() throws Exception {
        ScenarioResult r = run("""
                  - no_patient: opioid_overdose
                """);
        PumpSimulator sim = PumpSimulator.create(r.scenario().plan());
        sim.runUntil(r.scenario().plan().durationUs());
        assertEquals(sim.patientTransitions(), r.observations().patient().changes());
        assertEquals(4, r.observations().patient().changes().size());
    }
}
