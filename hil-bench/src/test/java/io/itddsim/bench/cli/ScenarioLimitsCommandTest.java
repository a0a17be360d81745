package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.cli.SimulateCommandTest.Run;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files a user could hand the CLI by mistake or on purpose (found by scenarios written
 * outside the team): each is refused with exit status 2 and one clear line, never run and never a
 * stack trace.
 */
class ScenarioLimitsCommandTest {

    private static final String VALID = String.join(
            "\n",
            "version: 1",
            "duration: 2d",
            "pump:",
            "  profile: synchromed2-20ml",
            "reservoir:",
            "  volume: 20 mL",
            "  drug: morphine",
            "  concentration: 25 mg/mL",
            "prescription:",
            "  mode: continuous",
            "  rate: 0.5 mL/day",
            "");

    private static Run simulate(Path file) {
        return SimulateCommandTest.run("simulate", file.toString());
    }

    private static void assertRefusedCleanly(Run r) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out(), "nothing was run");
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    @DisplayName("a run of a hundred years is refused at the duration, naming the longest allowed")
    void aCenturyLongRunIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("century.yaml");
        Files.writeString(f, VALID.replace("duration: 2d", "duration: 36525d"));
        Run r = simulate(f);
        assertRefusedCleanly(r);
        assertTrue(r.err().startsWith(f + ":2:11: duration: "), r.err());
        assertTrue(r.err().contains("at most 5479d (15 years)"), r.err());
    }

    @Test
    @DisplayName("the longest allowed run is accepted")
    void fifteenYearsIsAccepted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("long.yaml");
        // a stopped pump, so the check costs little: the pump sleeps between battery checks
        Files.writeString(
                f,
                VALID.replace("duration: 2d", "duration: 5479d")
                        .replace("  rate: 0.5 mL/day\n", "")
                        .replace("mode: continuous", "mode: stopped"));
        Run r = simulate(f);
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    @DisplayName("a file over 1 MiB is refused before it is parsed, even when the excess is only comments")
    void anOversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("padded.yaml");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write(VALID);
            String comment = "# " + "x".repeat(97) + "\n";
            for (int i = 0; i < 12_000; i++) { // 1.2 MB of trailing comments, which SnakeYAML's limit does not count
                w.write(comment);
            }
        }
        Run r = simulate(f);
        assertRefusedCleanly(r);
        assertTrue(r.err().startsWith(f + ":1:1: "), r.err());
        assertTrue(r.err().contains("1200"), "says how large the file is: " + r.err());
        assertTrue(r.err().contains("at most 1 MiB"), r.err());
    }

    @Test
    @DisplayName("a value the pump refuses is reported with its path once")
    void theFieldPathIsPrintedOnce(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("fast.yaml");
        Files.writeString(f, VALID.replace("rate: 0.5 mL/day", "rate: 30 mL/day"));
        Run r = simulate(f);
        assertRefusedCleanly(r);
        assertTrue(r.err().startsWith(f + ":11:9: prescription.rate: expected 48000..24000000 nL/day"), r.err());
        assertFalse(r.err().contains("prescription.rate: prescription.rate"), r.err());
    }

    @Test
    @DisplayName("a profile override out of range is reported with its path once")
    void anOverrideOutOfRangeIsReportedOnce(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("override.yaml");
        Files.writeString(
                f,
                VALID.replace(
                        "  profile: synchromed2-20ml\n",
                        "  profile: synchromed2-20ml\n  overrides:\n    stall_confirm_steps: 0\n"));
        Run r = simulate(f);
        assertRefusedCleanly(r);
        assertTrue(r.err().startsWith(f + ":6:26: pump.overrides.stall_confirm_steps: expected "), r.err());
        assertFalse(r.err().contains("stall_confirm_steps: stall_confirm_steps"), r.err());
    }

    @Test
    @DisplayName("an alias bomb ('billion laughs') is refused at the alias that passes the limit")
    void anAliasBombPointsAtTheOffendingAlias(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("laughs.yaml");
        Files.writeString(
                f,
                String.join(
                        "\n",
                        "version: 1",
                        "duration: 2d",
                        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
                        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", // aliases 1-9
                        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", // 10-18
                        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", // 19-27
                        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]", // 28-36
                        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]", // 37-45
                        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]", // 46-54: the 51st is the sixth here
                        ""));
        Run r = simulate(f);
        assertRefusedCleanly(r);
        assertTrue(r.err().startsWith(f + ":9:28: "), r.err());
        assertTrue(r.err().contains("more than 50 aliases"), r.err());
    }
}
