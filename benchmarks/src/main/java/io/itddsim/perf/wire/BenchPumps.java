package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import io.itddsim.wire.tcp.TcpServerOptions;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** The pump and keys every wire benchmark uses: morphine 25 mg/mL at 5 mg/day in a 20 mL pump. */
final class BenchPumps {

    static final PreSharedKey KEY = new PreSharedKey(
            "bench",
            new byte[32],
            EnumSet.allOf(Role.class).stream()
                    .filter(r -> r != Role.UNRECOGNIZED && r != Role.ROLE_UNSPECIFIED)
                    .collect(java.util.stream.Collectors.toSet()));
    static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 0);

    private BenchPumps() {}

    /**
     * The pump; {@code -Ditdd.bench.realtimePriority=N} has its sim thread ask for SCHED_FIFO at N
     * while paced at real time (as {@code itdd pump --realtime-priority N}; default 0, none).
     */
    static HostConfig config(Pacing pace, long sampleIntervalUs) {
        SimulationSetup setup = SimulationSetup.inService(
                PumpProfile.synchroMed20ml(),
                20240601,
                18_000_000,
                Prescription.continuous("morphine", 25_000, Prescription.rateForDose(5_000, 25_000)));
        return HostConfig.of(setup, PumpIdentities.of(setup.profile(), "BENCH-0001", true), pace)
                .withSampleIntervalUs(sampleIntervalUs)
                .withRealTimePriority(Integer.getInteger("itdd.bench.realtimePriority", 0));
    }

    /**
     * The pump server; {@code -Ditdd.bench.sampleBatchMicros=N} sets how long TCP status samples may
     * gather (default {@link TcpServerOptions#DEFAULT_SAMPLE_BATCH_MICROS}; 0: each at once).
     */
    static PumpServer.Builder server(HostConfig config) {
        long batch = Long.getLong("itdd.bench.sampleBatchMicros", TcpServerOptions.DEFAULT_SAMPLE_BATCH_MICROS);
        return PumpServer.builder(config, Credentials.of(KEY))
                .tcpOptions(TcpServerOptions.defaults().withSampleBatchMicros(batch));
    }

    /**
     * {@code clients} bench clients named {@code namePrefix}0, 1, ..., each subscribed to every stream,
     * counting the status samples they receive into {@code samples}.
     */
    static List<PumpClient> subscribedToEverything(
            InetSocketAddress address, int clients, String namePrefix, LongAdder samples) throws Exception {
        List<PumpClient> connected = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            PumpClient client = client(address, namePrefix + i);
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
                    .get(30, TimeUnit.SECONDS);
            connected.add(client);
        }
        return connected;
    }

    static PumpClient client(InetSocketAddress address, String name) throws Exception {
        return PumpClient.connect(TcpClientLink.to(address), ClientOptions.of(KEY, Role.ROLE_BENCH, name));
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
