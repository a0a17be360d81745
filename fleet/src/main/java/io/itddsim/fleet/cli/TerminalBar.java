package io.itddsim.fleet.cli;

import io.itddsim.fleet.engine.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar with the time left, on one terminal line: pumps done, per cent, time elapsed and
 * an estimate of the time left (elapsed x pumps left / pumps done). Silent when the output is not
 * a terminal, so logs and pipes get only results.
 */
final class TerminalBar implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NS = 1_000_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long startNs;
    private long lastDrawNs = Long.MIN_VALUE;
    private int lastDone = -1;
    private boolean shown;

    TerminalBar(PrintStream out, boolean enabled, LongSupplier nanoClock) {
        this.out = out;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.startNs = nanoClock.getAsLong();
    }

    static TerminalBar forConsole() {
        return new TerminalBar(System.err, System.console() != null, System::nanoTime);
    }

    @Override
    public void update(int done, int total) {
        long now = nanoClock.getAsLong();
        if (!enabled || (done == lastDone && now - lastDrawNs < REDRAW_NS)) {
            return;
        }
        lastDone = done;
        lastDrawNs = now;
        out.print("\r" + line(done, total, now - startNs));
        out.flush();
        shown = true;
    }

    /** The bar's text after {@code elapsedNs}. */
    static String line(int done, int total, long elapsedNs) {
        int percent = total == 0 ? 100 : (int) ((long) done * 100 / total);
        int filled = percent * WIDTH / 100;
        String left = done == 0 ? "estimating" : "~" + duration((long) ((double) elapsedNs * (total - done) / done));
        return String.format(
                Locale.ROOT,
                "[%s%s] %d/%d pumps %3d%%  elapsed %s  left %s   ",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                done,
                total,
                percent,
                duration(elapsedNs),
                left);
    }

    static String duration(long ns) {
        long s = ns / 1_000_000_000L;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + String.format(Locale.ROOT, "%02ds", s % 60);
        }
        return s / 3600 + "h" + String.format(Locale.ROOT, "%02dm", s / 60 % 60);
    }

    @Override
    public void finished() {
        if (shown) {
            out.print("\r" + " ".repeat(WIDTH + 70) + "\r");
            out.flush();
        }
    }
}
