package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.StallScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itdd bench run} as a QA engineer uses it: verdicts, evidence and exit status. */
class BenchRunCommandTest {

    static final String RIGHT = BenchRunCommandTestSupport.RIGHT;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a scenario whose expectations all hold exits 0 with a summary")
    void allPass() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", RIGHT);
        SimulateCommandTest.Run r = SimulateCommandTest.run("bench", "run", file.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("PASS  stall.yaml"), r.out());
        assertTrue(
                r.out().contains("1 scenario on embedded: 1 passed, 0 failed, 0 errors; 6 expectations: 6 passed"),
                r.out());
    }

    @Test
    @DisplayName("a deliberately wrong expectation fails with the expectation, the evidence and the sim time: exit 1")
    void wrongExpectationFails() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", RIGHT + """
                  - alarm: MOTOR_STALL
                    within: 10ms
                    after: fault jam
                """);
        SimulateCommandTest.Run r = SimulateCommandTest.run("bench", "run", file.toString());
        assertEquals(BenchRunCommand.EXIT_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL  stall.yaml"), r.out());
        assertTrue(r.out().contains("FAILED         alarm MOTOR_STALL within 10ms after fault jam"), r.out());
        assertTrue(r.out().contains(file + ":40:5"), "where it was written: " + r.out());
        assertTrue(
                r.out().contains("no MOTOR_STALL alarm raised from 12h to 12h10ms; the first was raised at 12h"),
                "what was seen: " + r.out());
        assertTrue(r.out().contains("[sim time 12h10ms]"), "when: " + r.out());
        assertTrue(r.out().contains("6 passed, 1 failed, 0 not observable"), r.out());
    }

    @Test
    @DisplayName("a wrong value is reported with the value seen and the sample's sim time")
    void wrongValueFails() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", """
                  - signal: reservoir_actual
                    max: 17 mL
                    at: 6h
                """);
        SimulateCommandTest.Run r = SimulateCommandTest.run("bench", "run", file.toString());
        assertEquals(BenchRunCommand.EXIT_FAILED, r.exit(), r.out() + r.err());
        assertTrue(
                r.out().matches("(?s).*reservoir_actual was 17\\.[0-9]+ mL, above 17 mL in the sample at 6h.*"),
                r.out());
    }

    @Test
    @DisplayName("a mistake in an expectation is bad input: exit 2, the location on stderr, nothing run")
    void badExpectationIsBadInput() throws Exception {
        Path good = StallScenario.write(dir, "a.yaml", RIGHT);
        Path bad = StallScenario.write(dir, "b.yaml", "  - alarm: MOTOR_STALL\n    after: fault jim\n");
        SimulateCommandTest.Run r = SimulateCommandTest.run("bench", "run", good.toString(), bad.toString());
        assertEquals(ItddCommand.EXIT_BAD_INPUT, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(bad + ":25:12: expect[0].after: unknown fault \"jim\""), r.err());
        assertFalse(r.out().contains("PASS"), "nothing ran: " + r.out());
    }

    @Test
    @DisplayName("a missing file, an empty directory and an unknown target are bad input")
    void otherBadInput() throws Exception {
        SimulateCommandTest.Run missing =
                SimulateCommandTest.run("bench", "run", dir.resolve("nope.yaml").toString());
        assertEquals(ItddCommand.EXIT_BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("nope.yaml: no such file or directory"), missing.err());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        SimulateCommandTest.Run none = SimulateCommandTest.run("bench", "run", empty.toString());
        assertEquals(ItddCommand.EXIT_BAD_INPUT, none.exit());
        assertTrue(none.err().contains("no scenario files"), none.err());

        Path file = StallScenario.write(dir, "stall.yaml", RIGHT);
        SimulateCommandTest.Run target =
                SimulateCommandTest.run("bench", "run", file.toString(), "--target", "ftp://x");
        assertEquals(ItddCommand.EXIT_BAD_INPUT, target.exit());
        assertTrue(target.err().contains("--target 'ftp://x'"), target.err());

        SimulateCommandTest.Run record = SimulateCommandTest.run(
                "bench", "run", file.toString(), "--record", dir.resolve("rec").toString());
        assertEquals(ItddCommand.EXIT_BAD_INPUT, record.exit());
        assertTrue(record.err().contains("the embedded target has none"), record.err());
    }
}
