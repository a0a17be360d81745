package io.itddsim.bench.cli;

import io.itddsim.bench.run.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on the terminal for runs that take more than a second. Silent when the
 * output is not a terminal (pipes, CI logs) and for quick runs, so it never pollutes results.
 */
final class TerminalProgress implements ProgressListener {
    private static final long SHOW_AFTER_NS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long startNs;
    private boolean shown;
    private int lastPercent = -1;

    TerminalProgress(PrintStream out, boolean enabled, LongSupplier nanoClock) {
        this.out = out;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.startNs = nanoClock.getAsLong();
    }

    /** Enabled only when the JVM is attached to a terminal. */
    static TerminalProgress forConsole() {
        return new TerminalProgress(System.err, System.console() != null, System::nanoTime);
    }

    @Override
    public void progress(long simDoneUs, long simTotalUs) {
        if (!enabled || nanoClock.getAsLong() - startNs < SHOW_AFTER_NS) {
            return;
        }
        int percent = simTotalUs == 0 ? 100 : (int) (simDoneUs * 100 / simTotalUs);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.printf(
                Locale.ROOT,
                "\r[%s%s] %3d%%  sim day %.1f of %.1f",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                percent,
                simDoneUs / 86_400e6,
                simTotalUs / 86_400e6);
        out.flush();
        shown = true;
    }

    @Override
    public void finished() {
        if (shown) {
            out.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            out.flush();
        }
    }
}
