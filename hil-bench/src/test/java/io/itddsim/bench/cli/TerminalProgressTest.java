package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private static final long DAY_US = 86_400_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nowNs = new AtomicLong();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a run shorter than a second shows nothing")
    void quickRunsStaySilent() {
        TerminalProgress p = new TerminalProgress(out, true, nowNs::get);
        nowNs.set(900_000_000L);
        p.progress(45 * DAY_US, 90 * DAY_US);
        p.finished();
        assertEquals("", printed());
    }

    @Test
    @DisplayName("after a second the bar shows the share done and the sim day, and is cleared at the end")
    void longRunsShowABar() {
        TerminalProgress p = new TerminalProgress(out, true, nowNs::get);
        nowNs.set(1_500_000_000L);
        p.progress(45 * DAY_US, 90 * DAY_US);
        assertTrue(printed().contains(" 50%  sim day 45.0 of 90.0"), printed());
        p.finished();
        assertTrue(printed().endsWith("\r"), "the line is blanked when the run ends");
    }

    @Test
    @DisplayName("off a terminal (pipes, CI logs) nothing is printed however long the run")
    void silentOffATerminal() {
        TerminalProgress p = new TerminalProgress(out, false, nowNs::get);
        nowNs.set(60_000_000_000L);
        p.progress(45 * DAY_US, 90 * DAY_US);
        p.finished();
        assertEquals("", printed());
    }
}
