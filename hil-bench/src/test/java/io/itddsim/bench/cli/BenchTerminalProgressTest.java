package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's progress bar: scenarios done, and the sim time of the one running; nothing off a terminal. */
class BenchTerminalProgressTest {
    private static final long HOUR_US = 3_600_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private BenchScenario scenario() throws Exception {
        return BenchScenarioLoader.builtIn().load(StallScenario.write(dir, "stall.yaml", "  - no_alarm: any\n"));
    }

    @Test
    @DisplayName(
            "on a terminal the bar shows scenarios done, the one running and its sim day, and is cleared at the end")
    void onATerminal() throws Exception {
        BenchTerminalProgress p = new BenchTerminalProgress(out, true, 4);
        BenchScenario s = scenario();
        p.started(s);
        p.simTime(s, 12 * HOUR_US, 24 * HOUR_US);
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("0/4 scenarios  stall.yaml  sim day 0.5 of 1.0"), line);
        p.finished(null, 1, 4);
        p.simTime(s, 24 * HOUR_US, 24 * HOUR_US);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("[######                  ] 1/4 scenarios"));
        p.done();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r"), "the line is blanked at the end");
    }

    @Test
    @DisplayName("off a terminal (CI logs, pipes) nothing is printed")
    void offATerminal() throws Exception {
        BenchTerminalProgress p = new BenchTerminalProgress(out, false, 4);
        BenchScenario s = scenario();
        p.started(s);
        p.simTime(s, 12 * HOUR_US, 24 * HOUR_US);
        p.done();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
