package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.util.ArrayList;
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
     * @param cpu CPU time used in the window by the sim thread (its own work, whatever the scheduler
     *     did to it), the pump's event loops and the clients, which share the machine's cores
     * @param samplesReceived status samples the clients received in the window, all together
     */
    record Result(
            int clients,
            Histogram latenessUs,
            long overruns,
            long ticks,
            ThreadCpu.Usage cpu,
            long samplesReceived,
            double loadAverage) {}

    private LoopLateness() {}

    static Result measure(int clients, long seconds) throws Exception {
        HostConfig config = BenchPumps.config(Pacing.realTime(1000), 1_000);
        try (PumpServer server =
                BenchPumps.server(config).tcp(BenchPumps.LOOPBACK).start()) {
            List<PumpClient> connected = new ArrayList<>();
            LongAdder samples = new LongAdder();
            try {
                for (int i = 0; i < clients; i++) {
                    PumpClient client = BenchPumps.client(server.tcpAddress(), "load-" + i);
                    client.onStream(e -> {
                        if (e.hasStatusSample()) {
                            samples.increment();
                        }
                    });
                    client.call(Request.newBuilder()
                                    .setSubscribe(Subscribe.newBuilder()
                                            .addKinds(StreamKind.STREAM_KIND_STATUS)
                                            .addKinds(StreamKind.STREAM_KIND_ALARMS)
                                            .addKinds(StreamKind.STREAM_KIND_LOG)))
                            .get(10, TimeUnit.SECONDS);
                    connected.add(client);
                }
                Thread.sleep(2_000); // warm-up
                double load = BenchPumps.loadAverage();
                ThreadCpu threads = ThreadCpu.start();
                server.host().tickLateness().reset();
                long ticksBefore = server.host().ticks();
                ThreadCpu.Usage cpuBefore = threads.now();
                long samplesBefore = samples.sum();
                Thread.sleep(seconds * 1_000);
                ThreadCpu.Usage cpu = threads.now().minus(cpuBefore);
                long received = samples.sum() - samplesBefore;
                Histogram nanos = server.host().tickLateness().snapshotNanos();
                Histogram micros = new Histogram(3);
                for (var value : nanos.recordedValues()) {
                    micros.recordValueWithCount(
                            value.getValueIteratedTo() / 1_000, value.getCountAddedInThisIterationStep());
                }
                return new Result(
                        clients,
                        micros,
                        server.host().tickLateness().overruns(),
                        server.host().ticks() - ticksBefore,
                        cpu,
                        received,
                        load);
            } finally {
                connected.forEach(PumpClient::close);
            }
        }
    }
}
