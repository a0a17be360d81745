package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.StallScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itdd bench run} with expectations about the simulated patient, as a QA engineer or trainer uses it. */
class PatientBenchRunCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a deliberately wrong patient expectation fails with the expectation, the evidence and the sim time: exit 1")
    void wrongPatientExpectationFails() throws Exception {
        Path file = StallScenario.writeWithPatient(dir, "patient.yaml", """
                  - alarm: MOTOR_STALL
                    before: patient opioid_withdrawal
                  - name: withdrawal within the hour of the jam
                    patient: opioid_withdrawal
                    within: 1h
                    after: fault jam
                """);
        SimulateCommandTest.Run r = SimulateCommandTest.run("bench", "run", file.toString());
        assertEquals(BenchRunCommand.EXIT_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL  patient.yaml"), r.out());
        assertTrue(r.out().contains("FAILED         withdrawal within the hour of the jam"), r.out());
        assertTrue(r.out().contains(file + ":28:5"), "where it was written: " + r.out());
        assertTrue(
                r.out()
                        .contains("opioid_withdrawal stayed below grade 1 from 12h to 13h (at most grade 0 (none));"
                                + " it first reached grade 1 at 18h11m"),
                "what was seen: " + r.out());
        assertTrue(r.out().contains("[sim time 13h]"), "when: " + r.out());
        assertTrue(r.out().contains("2 expectations: 1 passed, 1 failed, 0 not observable"), r.out());
    }

    @Test
    @DisplayName("a patient expectation in a scenario without a patient is bad input: exit 2, at its line, nothing run")
    void patientExpectationWithoutPatient() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", "  - no_patient: opioid_overdose\n");
        SimulateCommandTest.Run r = SimulateCommandTest.run("bench", "run", file.toString());
        assertEquals(ItddCommand.EXIT_BAD_INPUT, r.exit(), r.out() + r.err());
        assertTrue(
                r.err()
                        .contains(file + ":24:17: expect[0].no_patient: patient opioid_overdose is about the simulated"
                                + " patient, and this scenario has none: add a patient: section (docs/PATIENT.md)"),
                r.err());
        assertFalse(r.out().contains("PASS"), "nothing ran: " + r.out());
    }
}
