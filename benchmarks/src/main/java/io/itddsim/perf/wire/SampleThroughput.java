package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Pace;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.server.PumpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Status samples a second delivered to each of N clients when the pump offers one every tick:
 * free run, 1 ms sampling, every client subscribed with no interval of its own. What a client
 * cannot take is conflated; the figure is what each one really received.
 */
final class SampleThroughput {

    record Result(
            int clients, double samplesPerSecondPerClient, double conflatedPerSecond, double simSecondsPerSecond) {}

    private SampleThroughput() {}

    static Result measure(int clients, long seconds) throws Exception {
        HostConfig config = BenchPumps.config(io.itddsim.wire.host.Pacing.lockstep(), 1_000);
        try (PumpServer server =
                BenchPumps.server(config).tcp(BenchPumps.LOOPBACK).start()) {
            List<PumpClient> connected = new ArrayList<>();
            List<AtomicLong> counts = new ArrayList<>();
            try {
                for (int i = 0; i < clients; i++) {
                    PumpClient client = BenchPumps.client(server.tcpAddress(), "samples-" + i);
                    AtomicLong count = new AtomicLong();
                    client.onStream(e -> {
                        if (e.hasStatusSample()) {
                            count.incrementAndGet();
                        }
                    });
                    client.call(Request.newBuilder()
                                    .setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_STATUS)))
                            .get(10, TimeUnit.SECONDS);
                    connected.add(client);
                    counts.add(count);
                }
                connected
                        .get(0)
                        .call(Request.newBuilder().setPace(Pace.newBuilder().setMode(PaceMode.PACE_MODE_FREE_RUN)))
                        .get(10, TimeUnit.SECONDS);
                Thread.sleep(1_000); // warm-up
                long before = sum(counts);
                double conflatedBefore = conflated(server);
                long simBefore = server.host().simTimeUs();
                long start = System.nanoTime();
                Thread.sleep(seconds * 1_000);
                double elapsed = (System.nanoTime() - start) / 1e9;
                long received = sum(counts) - before;
                return new Result(
                        clients,
                        received / elapsed / clients,
                        (conflated(server) - conflatedBefore) / elapsed,
                        (server.host().simTimeUs() - simBefore) / 1e6 / elapsed);
            } finally {
                connected.forEach(PumpClient::close);
            }
        }
    }

    private static long sum(List<AtomicLong> counts) {
        return counts.stream().mapToLong(AtomicLong::get).sum();
    }

    private static double conflated(PumpServer server) {
        return server.metrics()
                .registry()
                .get("itdd.wire.samples.conflated")
                .counter()
                .count();
    }
}
