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

    /** How long each lateness configuration is measured in a round, after a 2 s warm-up. */
    private static final int LATENESS_SECONDS = 10;

    /**
     * Rounds of the latency and lateness configurations, one after the other, pooled per configuration
     * ({@code -Ditdd.bench.latenessRounds}): a 10 s window's p99 moves by a factor of two from one
     * window to the next on this machine, with no client at all, so one window per configuration
     * compares noise with noise.
     */
    private static final int ROUNDS = Integer.getInteger("itdd.bench.latenessRounds", 3);

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
        // the three in turn, ROUNDS times, pooled: one window of each compares noise with noise
        double echoLoad = 0;
        double pushLoad = 0;
        double alarmLoad = 0;
        Histogram echo = new Histogram(3);
        Histogram push = new Histogram(3);
        Histogram alarm = new Histogram(3);
        for (int round = 0; round < ROUNDS; round++) {
            echoLoad = Math.max(echoLoad, BenchPumps.loadAverage());
            echo.add(EchoRoundTrip.measure(2_000, 10_000));
            pushLoad = Math.max(pushLoad, BenchPumps.loadAverage());
            push.add(PushFloor.measure(1_000, 4_000));
            alarmLoad = Math.max(alarmLoad, BenchPumps.loadAverage());
            alarm.add(AlarmFrameLatency.measure(3_000, 2_000));
        }
        System.out.printf(Locale.ROOT, "%d rounds, pooled; load: the highest at the start of a round%n", ROUNDS);
        System.out.println("| measure | load | n | p50 | p99 | p99.9 | max |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        row("alarm event to frame at a client, loopback TCP (one way)", alarmLoad, alarm);
        row("raw Netty echo, same codec, loopback TCP (round trip)", echoLoad, echo);
        row("a 1 kHz thread pushing through Netty, same codec, no pump (one way)", pushLoad, push);
        System.out.printf(
                Locale.ROOT,
                "alarm p99 / echo p99 = %.2f; alarm p99 / push p99 = %.2f%n",
                (double) alarm.getValueAtPercentile(99) / Math.max(1, echo.getValueAtPercentile(99)),
                (double) alarm.getValueAtPercentile(99) / Math.max(1, push.getValueAtPercentile(99)));
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
        List<LoopLateness.Result> results = new java.util.ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<LoopLateness.Result> thisRound = List.of(
                    LoopLateness.measure(0, false, LATENESS_SECONDS),
                    LoopLateness.measure(64, false, LATENESS_SECONDS),
                    LoopLateness.measure(64, true, LATENESS_SECONDS));
            for (int i = 0; i < thisRound.size(); i++) {
                if (round == 0) {
                    results.add(thisRound.get(i));
                } else {
                    results.set(i, results.get(i).plus(thisRound.get(i)));
                }
            }
        }
        long seconds = (long) LATENESS_SECONDS * ROUNDS;
        System.out.printf(Locale.ROOT, "%d rounds of %d s per configuration, pooled%n", ROUNDS, LATENESS_SECONDS);
        System.out.println(
                "| clients subscribed | load | ticks | lateness p50 | p99 | p99.9 | max | overruns (> 1 tick) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (LoopLateness.Result r : results) {
            Histogram us = r.latenessUs();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %d | %d us | %d us | %d us | %d us | %d |%n",
                    clientsLabel(r),
                    r.loadAverage(),
                    r.ticks(),
                    us.getValueAtPercentile(50),
                    us.getValueAtPercentile(99),
                    us.getValueAtPercentile(99.9),
                    us.getMaxValue(),
                    r.overruns());
        }
        long p99WithNone = Math.max(1, results.get(0).latenessUs().getValueAtPercentile(99));
        System.out.printf(
                Locale.ROOT,
                "lateness p99 with 64 clients / with none = %.2f (clients in the pump's JVM), %.2f (in their own)%n",
                (double) results.get(1).latenessUs().getValueAtPercentile(99) / p99WithNone,
                (double) results.get(2).latenessUs().getValueAtPercentile(99) / p99WithNone);
        System.out.println("| clients subscribed | samples received/s | CPU s/s: sim thread | pump I/O | clients"
                + " | sim thread per tick: CPU | allocated | pump I/O per sample: CPU | allocated"
                + " | clients per sample: CPU | allocated |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (LoopLateness.Result r : results) {
            ThreadCpu.Usage cpu = r.cpu();
            long samples = Math.max(1, r.samplesReceived());
            long ticks = Math.max(1, r.ticks());
            boolean any = r.samplesReceived() > 0;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.3f | %.1f us | %d B | %s | %s | %s | %s |%n",
                    clientsLabel(r),
                    r.samplesReceived() / seconds,
                    cpu.simNanos() / 1e9 / seconds,
                    cpu.pumpIoNanos() / 1e9 / seconds,
                    (cpu.clientNanos() + r.clientProcessCpuNanos()) / 1e9 / seconds,
                    cpu.simNanos() / 1_000.0 / ticks,
                    cpu.simBytes() / ticks,
                    any ? String.format(Locale.ROOT, "%.1f us", cpu.pumpIoNanos() / 1_000.0 / samples) : "-",
                    any ? (cpu.pumpIoBytes() / samples) + " B" : "-",
                    any
                            ? String.format(
                                    Locale.ROOT,
                                    "%.1f us",
                                    (cpu.clientNanos() + r.clientProcessCpuNanos()) / 1_000.0 / samples)
                            : "-",
                    any && !r.separateProcess() ? (cpu.clientBytes() / samples) + " B" : "-");
        }
    }

    private static String clientsLabel(LoopLateness.Result r) {
        return r.clients() + (r.clients() == 0 ? "" : r.separateProcess() ? " (own JVM)" : " (pump's JVM)");
    }
}
