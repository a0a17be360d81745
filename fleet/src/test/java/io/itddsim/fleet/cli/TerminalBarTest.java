package io.itddsim.fleet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalBarTest {
    private static final long S = 1_000_000_000L;

    @Test
    void theTimeLeftIsTheElapsedTimeScaledByThePumpsLeft() {
        // 250 of 1,000 pumps in 60 s: 750 left at the same pace is 3 minutes
        String line = TerminalBar.line(250, 1_000, 60 * S);
        assertTrue(line.contains("250/1000 pumps  25%"), line);
        assertTrue(line.contains("elapsed 1m00s"), line);
        assertTrue(line.contains("left ~3m00s"), line);
    }

    @Test
    void beforeTheFirstPumpTheTimeLeftIsBeingEstimated() {
        assertTrue(TerminalBar.line(0, 10, S).contains("left estimating"));
    }

    @Test
    void longRunsAreShownInHours() {
        assertEquals("2h05m", TerminalBar.duration((2 * 3600 + 5 * 60 + 9) * S));
    }

    @Test
    void nothingIsDrawnWhenTheOutputIsNotATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalBar bar =
                new TerminalBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, System::nanoTime);
        bar.update(5, 10);
        bar.finished();
        assertEquals(0, bytes.size());
    }
}
