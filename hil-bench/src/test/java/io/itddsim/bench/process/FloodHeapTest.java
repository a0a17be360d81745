package io.itddsim.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.InterrogationReport;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.Step;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's two floods against {@code itdd pump} in a JVM with a 256 MB heap (issue 10, F2):
 * observers interrogating as fast as they can and observers sending requests their role may not,
 * while a bench steps a day of the bolus-day scenario an hour at a time. The pump must stay
 * within its heap and keep answering; dosing, the battery and the clinical log must be exactly
 * those of the same scenario run undisturbed.
 *
 * <p>The flood lasts {@code itdd.flood.seconds} (default 20 s so CI stays quick); the 60 s probe
 * of docs/RELIABILITY.md is this test with {@code -Ditdd.flood.seconds=60}.
 */
class FloodHeapTest {

    private static final Path SCENARIO = Path.of("..", "scenarios", "bolus-day.yaml");
    private static final long HOUR_OF_TICKS = 3_600_000;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String KEYS = "keys:\n"
            + "  logger:\n    secret: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n"
            + "    roles: [observer]\n"
            + "  bench:\n    secret: 1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100\n"
            + "    roles: [bench]\n";

    @TempDir
    Path dir;

    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final LongAccumulator maxHeapUsed = new LongAccumulator(Math::max, 0);
    private final LongAccumulator maxOldGen = new LongAccumulator(Math::max, 0);

    @Test
    @DisplayName("F2: interrogation and refused-request floods against a 256 MB heap: bounded, and dosing unchanged")
    void floodsLeaveThePumpWithinItsHeapAndDosingUnchanged() throws Exception {
        long floodSeconds = Long.getLong("itdd.flood.seconds", 20);
        Path keys = dir.resolve("keys.yaml");
        Files.writeString(keys, KEYS);
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));
        Credentials credentials = Credentials.load(keys);
        try (PumpProcess pump = PumpProcess.start(
                dir,
                List.of("-Xmx256m"),
                List.of(
                        "--test-mode",
                        "--pace",
                        "lockstep",
                        "--tcp",
                        "127.0.0.1:0",
                        "--metrics",
                        "127.0.0.1:0",
                        "--credentials",
                        keys.toString(),
                        // a test-mode pump keeps state only when told: the flood runs with the journal on
                        "--state",
                        dir.resolve("state").toString(),
                        SCENARIO.toAbsolutePath().toString()))) {
            InetSocketAddress address = pump.tcpAddress(PATIENCE);
            URI metrics = pump.metricsUri(PATIENCE);
            PreSharedKey logger = credentials.key("logger").orElseThrow();
            List<PumpClient> floods = new ArrayList<>();
            try (PumpClient bench = connect(address, credentials.key("bench").orElseThrow(), Role.ROLE_BENCH)) {
                for (int i = 0; i < 4; i++) {
                    floods.add(connect(address, logger, Role.ROLE_OBSERVER));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(floodSeconds);
                List<Thread> flooders = new ArrayList<>();
                for (int i = 0; i < floods.size(); i++) {
                    Request.Builder request = i % 2 == 0
                            ? Request.newBuilder()
                                    .setInterrogate(Interrogate.newBuilder().setLogMaxEntries(256))
                            : bolus();
                    flooders.add(flood(floods.get(i), request, deadline));
                }
                // a day of the scenario, an hour at a time, spread over the flood
                long hours = 0;
                while (hours < 24) {
                    Reply done = bench.call(Request.newBuilder()
                                    .setStep(Step.newBuilder().setTicks(HOUR_OF_TICKS)))
                            .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    assertTrue(done.hasStepDone(), done.toString());
                    hours++;
                    scrapeHeap(metrics);
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(left) / (25 - hours)));
                    }
                }
                for (Thread t : flooders) {
                    t.join(PATIENCE.toMillis());
                }
                scrapeHeap(metrics);
                assertTrue(pump.alive(), "the pump died: " + pump.stderr());

                InterrogationReport report = bench.call(Request.newBuilder()
                                .setInterrogate(Interrogate.newBuilder().setLogMaxEntries(256)))
                        .get(PATIENCE.toSeconds(), TimeUnit.SECONDS)
                        .getInterrogationReport();
                PumpSimulator undisturbed = PumpSimulator.create(plan());
                undisturbed.step(24 * HOUR_OF_TICKS);
                System.out.printf(
                        "flood %d s: answers %s; heap used max %.1f MB, old generation max %.1f MB%n",
                        floodSeconds, answers, maxHeapUsed.get() / 1e6, maxOldGen.get() / 1e6);

                assertEquals(undisturbed.firmware().reservoirEstimateNl(), report.getReservoirEstimateNl());
                assertEquals(
                        undisturbed.firmware().lastBatteryMv(),
                        report.getBattery().getVoltageMv());
                assertEquals(
                        undisturbed.firmware().basalRateNlPerDay(),
                        report.getPrescription().getRateNlPerDay());
                List<EventLogEntry> log = report.getLogEntriesList();
                long clinical = log.stream()
                        .filter(e -> e.getCode() != EventCode.EVENT_CODE_COMMAND_REJECTED)
                        .count();
                assertEquals(undisturbed.events().size(), clinical, "every record of the undisturbed run: " + log);
                assertTrue(
                        log.stream()
                                        .filter(e -> e.getCode() == EventCode.EVENT_CODE_COMMAND_REJECTED)
                                        .count()
                                <= clinical + 1,
                        "refusal records never outnumber the others");
                assertTrue(maxOldGen.get() < 128L << 20, "old generation " + maxOldGen.get() + " bytes");
            } finally {
                floods.forEach(PumpClient::close);
            }
        }
    }

    private static RunPlan plan() throws Exception {
        return ScenarioLoader.load(SCENARIO);
    }

    private static Request.Builder bolus() {
        return Request.newBuilder()
                .setBolus(io.itddsim.proto.v1.Bolus.newBuilder()
                        .setKind(io.itddsim.proto.v1.BolusKind.BOLUS_KIND_SINGLE)
                        .setVolumeNl(40_000)
                        .setDurationUs(1_800_000_000L));
    }

    private static PumpClient connect(InetSocketAddress address, PreSharedKey key, Role role) throws Exception {
        return PumpClient.connect(TcpClientLink.to(address), ClientOptions.of(key, role, "flood"));
    }

    /** Sends {@code request} with fresh ids, a few hundred in flight, until the deadline. */
    private Thread flood(PumpClient client, Request.Builder request, long deadline) {
        Thread t = new Thread(() -> {
            try {
                while (System.nanoTime() < deadline) {
                    List<CompletableFuture<Reply>> batch = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        batch.add(client.call(request.clone()).whenComplete((reply, failure) -> count(reply)));
                    }
                    CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new))
                            .get(60, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                answers.computeIfAbsent("flood failed: " + e, k -> new AtomicLong())
                        .incrementAndGet();
            }
        });
        t.start();
        return t;
    }

    private void count(Reply reply) {
        String kind = reply == null
                ? "lost"
                : reply.hasNack()
                        ? reply.getNack().getReason().name()
                        : reply.getResultCase().name();
        answers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private void scrapeHeap(URI metrics) throws Exception {
        String text = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        long heap = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
                long used = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                heap += used;
                if (line.contains("Old Gen") || line.contains("Tenured")) {
                    // what survived young collections: grows only if something is kept
                    maxOldGen.accumulate(used);
                }
            }
        }
        maxHeapUsed.accumulate(heap);
    }
}
