package io.itddsim.bench.cli;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.ScenarioResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for a bench run on a terminal: scenarios done of all, and the sim time of
 * the one running. Silent when the output is not a terminal (CI logs, pipes), so it never mixes
 * into a report.
 */
final class BenchTerminalProgress implements BenchProgress {
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean enabled;
    private final int total;
    private int done;
    private String current = "";
    private String lastLine = "";

    BenchTerminalProgress(PrintStream out, boolean enabled, int total) {
        this.out = out;
        this.enabled = enabled;
        this.total = total;
    }

    /** Enabled only when the JVM is attached to a terminal. */
    static BenchTerminalProgress forConsole(int total) {
        return new BenchTerminalProgress(System.err, System.console() != null, total);
    }

    @Override
    public synchronized void started(BenchScenario scenario) {
        current = scenario.fileName();
        draw(0, scenario.plan().durationUs());
    }

    @Override
    public synchronized void simTime(BenchScenario scenario, long simDoneUs, long simTotalUs) {
        current = scenario.fileName();
        draw(simDoneUs, simTotalUs);
    }

    @Override
    public synchronized void finished(ScenarioResult result, int done, int total) {
        this.done = done;
    }

    @Override
    public synchronized void done() {
        if (enabled && !lastLine.isEmpty()) {
            out.print("\r" + " ".repeat(lastLine.length()) + "\r");
            out.flush();
        }
    }

    private void draw(long simDoneUs, long simTotalUs) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = String.format(
                Locale.ROOT,
                "[%s%s] %d/%d scenarios  %s  sim day %.1f of %.1f",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                done,
                total,
                current,
                simDoneUs / 86_400e6,
                simTotalUs / 86_400e6);
        if (!line.equals(lastLine)) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
            out.flush();
            lastLine = line;
        }
    }
}
