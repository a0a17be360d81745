package io.itddsim.perf.wire;

import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * The real-time pacer at 1 kHz (1 ms ticks, factor 1) for a while, with N clients subscribed to
 * every stream at the host's fastest sampling (a sample every tick), and with none: how late
 * ticks start against their deadline, in microseconds, and how many overran a whole tick.
 */
final class LoopLateness {

    /**
     * @param separateProcess whether the clients ran in a JVM of their own ({@link SubscriberProcess})
     * @param cpu CPU time used in the window by the sim thread (its own work, whatever the scheduler
     *     did to it), the pump's event loops and the clients, which share the machine's cores
     * @param clientProcessCpuNanos CPU time of the clients' own JVM in the window (0 in one JVM)
     * @param samplesReceived status samples the clients received in the window, all together
     */
    record Result(
            int clients,
            boolean separateProcess,
            long clientProcessCpuNanos,
            Histogram latenessUs,
            long overruns,
            long ticks,
            ThreadCpu.Usage cpu,
            long samplesReceived,
            double loadAverage) {

        /** This window and {@code other}'s (the same configuration) as one: counts added, the higher load. */
        Result plus(Result other) {
            Histogram both = latenessUs.copy();
            both.add(other.latenessUs);
            return new Result(
                    clients,
                    separateProcess,
                    clientProcessCpuNanos + other.clientProcessCpuNanos,
                    both,
                    overruns + other.overruns,
                    ticks + other.ticks,
                    cpu.plus(other.cpu),
                    samplesReceived + other.samplesReceived,
                    Math.max(loadAverage, other.loadAverage));
        }
    }

    private LoopLateness() {}

    static Result measure(int clients, long seconds) throws Exception {
        return measure(clients, false, seconds);
    }

    /** With {@code separateProcess}, the clients run in a child JVM ({@link SubscriberProcess}). */
    static Result measure(int clients, boolean separateProcess, long seconds) throws Exception {
        HostConfig config = BenchPumps.config(Pacing.realTime(1000), 1_000);
        try (PumpServer server =
                        BenchPumps.server(config).tcp(BenchPumps.LOOPBACK).start();
                Subscribers subscribers = separateProcess
                        ? Subscribers.inChildProcess(server.tcpAddress().getPort(), clients)
                        : Subscribers.inThisProcess(server.tcpAddress(), clients)) {
            Thread.sleep(2_000); // warm-up
            double load = BenchPumps.loadAverage();
            ThreadCpu threads = ThreadCpu.start();
            server.host().tickLateness().reset();
            long ticksBefore = server.host().ticks();
            ThreadCpu.Usage cpuBefore = threads.now();
            long[] before = subscribers.samplesAndCpu();
            Thread.sleep(seconds * 1_000);
            ThreadCpu.Usage cpu = threads.now().minus(cpuBefore);
            long[] after = subscribers.samplesAndCpu();
            Histogram nanos = server.host().tickLateness().snapshotNanos();
            Histogram micros = new Histogram(3);
            for (var value : nanos.recordedValues()) {
                micros.recordValueWithCount(
                        value.getValueIteratedTo() / 1_000, value.getCountAddedInThisIterationStep());
            }
            return new Result(
                    clients,
                    separateProcess,
                    after[1] - before[1],
                    micros,
                    server.host().tickLateness().overruns(),
                    server.host().ticks() - ticksBefore,
                    cpu,
                    after[0] - before[0],
                    load);
        }
    }

    /** The clients subscribed to everything, wherever they run. */
    private interface Subscribers extends AutoCloseable {
        /** Status samples received so far, and the CPU time of the clients' own process (0 in this one). */
        long[] samplesAndCpu() throws Exception;

        static Subscribers inThisProcess(InetSocketAddress pump, int clients) throws Exception {
            LongAdder samples = new LongAdder();
            List<PumpClient> connected = BenchPumps.subscribedToEverything(pump, clients, "load-", samples);
            return new Subscribers() {
                @Override
                public long[] samplesAndCpu() {
                    return new long[] {samples.sum(), 0};
                }

                @Override
                public void close() {
                    connected.forEach(PumpClient::close);
                }
            };
        }

        static Subscribers inChildProcess(int port, int clients) throws Exception {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            SubscriberProcess.class.getName(),
                            Integer.toString(port),
                            Integer.toString(clients))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
            String ready = out.readLine();
            if (!"ready".equals(ready)) {
                child.destroyForcibly();
                throw new IllegalStateException("the subscriber process did not start: " + ready);
            }
            return new Subscribers() {
                @Override
                public long[] samplesAndCpu() throws Exception {
                    in.println("count");
                    String[] answer = out.readLine().split(" ");
                    return new long[] {Long.parseLong(answer[0]), Long.parseLong(answer[1])};
                }

                @Override
                public void close() throws Exception {
                    in.close();
                    if (!child.waitFor(20, TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                }
            };
        }
    }
}
