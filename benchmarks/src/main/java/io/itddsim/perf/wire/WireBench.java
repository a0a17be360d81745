package io.itddsim.perf.wire;

import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The wire's figures for docs/PERFORMANCE.md, measured in one run (a harness, not a test):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.itddsim.perf.wire.WireBench [latency|samples|serial|lateness|all]
 * </pre>
 */
public final class WireBench {

    /** How long each lateness configuration is measured, after a 2 s warm-up. */
    private static final int LATENESS_SECONDS = 10;

    private WireBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String which = args.length == 0 ? "all" : args[0];
        System.out.printf(
                Locale.ROOT,
                "load average at start: %.2f, %d processors%n",
                BenchPumps.loadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (which.equals("latency") || which.equals("all")) {
            latency();
        }
        if (which.equals("samples") || which.equals("all")) {
            samples();
        }
        if (which.equals("serial") || which.equals("all")) {
            serial();
        }
        if (which.equals("lateness") || which.equals("all")) {
            lateness();
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", BenchPumps.loadAverage());
        System.exit(0);
    }

    private static void latency() throws Exception {
        double echoLoad = BenchPumps.loadAverage();
        Histogram echo = EchoRoundTrip.measure(2_000, 10_000);
        double alarmLoad = BenchPumps.loadAverage();
        Histogram alarm = AlarmFrameLatency.measure(500, 2_000);
        System.out.println("| measure | load | n | p50 | p99 | p99.9 | max |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        row("alarm event to frame at a client, loopback TCP (one way)", alarmLoad, alarm);
        row("raw Netty echo, same codec, loopback TCP (round trip)", echoLoad, echo);
        System.out.printf(
                Locale.ROOT,
                "alarm p99 / echo p99 = %.2f%n",
                (double) alarm.getValueAtPercentile(99) / Math.max(1, echo.getValueAtPercentile(99)));
    }

    private static void row(String what, double load, Histogram us) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %d | %d us | %d us | %d us | %d us |%n",
                what,
                load,
                us.getTotalCount(),
                us.getValueAtPercentile(50),
                us.getValueAtPercentile(99),
                us.getValueAtPercentile(99.9),
                us.getMaxValue());
    }

    private static void samples() throws Exception {
        System.out.println("| clients | samples/s per client | conflated/s (all clients) | sim s per wall s |");
        System.out.println("| --- | --- | --- | --- |");
        for (int clients : List.of(1, 8, 64)) {
            SampleThroughput.Result r = SampleThroughput.measure(clients, 5);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %.0f | %.0f | %.0f |%n",
                    r.clients(),
                    r.samplesPerSecondPerClient(),
                    r.conflatedPerSecond(),
                    r.simSecondsPerSecond());
        }
    }

    private static void serial() throws Exception {
        SerialThroughput.Result r = SerialThroughput.measure(115_200, 10);
        System.out.println("| baud | line rate | received | share of line rate | frames/s |");
        System.out.println("| --- | --- | --- | --- | --- |");
        System.out.printf(
                Locale.ROOT,
                "| %d | %d B/s | %.0f B/s | %.1f %% | %.1f |%n",
                r.baud(),
                r.baud() / 10,
                r.bytesPerSecond(),
                100 * r.shareOfLineRate(),
                r.framesPerSecond());
    }

    private static void lateness() throws Exception {
        System.out.println(
                "| clients subscribed | load | ticks | lateness p50 | p99 | p99.9 | max | overruns (> 1 tick)"
                        + " | samples received/s | CPU/s: sim thread | pump I/O | clients | sim CPU per tick"
                        + " | pump I/O CPU per sample |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        long p99WithNone = 0;
        for (int clients : List.of(0, 64)) {
            LoopLateness.Result r = LoopLateness.measure(clients, LATENESS_SECONDS);
            Histogram us = r.latenessUs();
            String ioPerSample = r.samplesReceived() == 0
                    ? "-"
                    : String.format(Locale.ROOT, "%.1f us", r.cpu().pumpIoNanos() / 1_000.0 / r.samplesReceived());
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %.1f | %d | %d us | %d us | %d us | %d us | %d | %d | %.3f s | %.3f s | %.3f s | %.1f us | %s |%n",
                    r.clients(),
                    r.loadAverage(),
                    r.ticks(),
                    us.getValueAtPercentile(50),
                    us.getValueAtPercentile(99),
                    us.getValueAtPercentile(99.9),
                    us.getMaxValue(),
                    r.overruns(),
                    r.samplesReceived() / LATENESS_SECONDS,
                    r.cpu().simNanos() / 1e9 / LATENESS_SECONDS,
                    r.cpu().pumpIoNanos() / 1e9 / LATENESS_SECONDS,
                    r.cpu().clientNanos() / 1e9 / LATENESS_SECONDS,
                    r.cpu().simNanos() / 1_000.0 / Math.max(1, r.ticks()),
                    ioPerSample);
            if (clients == 0) {
                p99WithNone = us.getValueAtPercentile(99);
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "lateness p99 with 64 clients / with none = %.2f%n",
                        (double) us.getValueAtPercentile(99) / Math.max(1, p99WithNone));
            }
        }
    }
}
