package io.itddsim.wire.host;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Pace;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.Pumps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A pump asked to run its sim thread at real-time priority does so, as Linux reports it in
 * /proc, while it paces at real time, and leaves the real-time class when a bench sets it free;
 * where the process may not (no CAP_SYS_NICE) the pump runs on in the normal class.
 */
class SimThreadSchedulingTest {

    private static final String SERIAL = "RT-PROBE";
    /** Linux's name for the thread: "pump-host-" + serial, cut to 15 characters. */
    private static final String THREAD_NAME = ("pump-host-" + SERIAL).substring(0, 15);

    private static final int SCHED_OTHER = 0;
    private static final int SCHED_FIFO = 1;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theSimThreadIsRealTimeWhilePacedAtRealTimeAndNormalInFreeRun() throws Exception {
        HostConfig config = HostConfig.of(
                        Pumps.morphineSetup(),
                        PumpIdentities.of(PumpProfile.synchroMed20ml(), SERIAL, true),
                        Pacing.realTime(1000))
                .withRealTimePriority(20);
        PumpHost host = PumpHost.start(config, PumpStreams.NONE, LinkFaultSwitch.NONE);
        try {
            await().atMost(PATIENCE).until(() -> host.simTimeUs() > 0);
            if (mayUseRealTimeClass()) {
                await().atMost(PATIENCE).until(() -> simThreadPolicy() == SCHED_FIFO);
                assertEquals(20, simThreadRealTimePriority(), "the priority asked for");
            } else {
                assertEquals(SCHED_OTHER, simThreadPolicy(), "not permitted: the normal class");
            }

            CompletableFuture<io.itddsim.proto.v1.Reply> reply = new CompletableFuture<>();
            host.submit(
                    Request.newBuilder()
                            .setRequestId(7)
                            .setPace(Pace.newBuilder().setMode(PaceMode.PACE_MODE_FREE_RUN))
                            .build(),
                    reply::complete);
            assertTrue(reply.get(30, TimeUnit.SECONDS).hasAck(), "free run accepted");
            await().atMost(PATIENCE).until(() -> simThreadPolicy() == SCHED_OTHER);
            long simTime = host.simTimeUs();
            await().atMost(PATIENCE).until(() -> host.simTimeUs() > simTime + 60_000_000L);
        } finally {
            host.close();
        }
    }

    @Test
    void aPriorityOutsideOneToNinetyNineIsRefusedNamingTheRange() {
        HostConfig config = Pumps.config(Pacing.realTime(1000), true);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> config.withRealTimePriority(100));
        assertTrue(e.getMessage().contains("1 to 99"), e.getMessage());
    }

    /** CAP_SYS_NICE (bit 23) in the process's effective capabilities. */
    private static boolean mayUseRealTimeClass() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            String caps = lines.filter(l -> l.startsWith("CapEff:"))
                    .findFirst()
                    .orElseThrow()
                    .substring("CapEff:".length())
                    .trim();
            return (Long.parseUnsignedLong(caps, 16) & (1L << 23)) != 0;
        }
    }

    private static int simThreadPolicy() throws IOException {
        return Integer.parseInt(simThreadStat()[41]);
    }

    private static int simThreadRealTimePriority() throws IOException {
        return Integer.parseInt(simThreadStat()[40]);
    }

    /** The sim thread's /proc/self/task/TID/stat, field n at index n as proc(5) numbers them (40: rt_priority, 41: policy). */
    private static String[] simThreadStat() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String comm;
                try {
                    comm = Files.readString(task.resolve("comm")).trim();
                } catch (IOException gone) {
                    continue;
                }
                if (comm.equals(THREAD_NAME)) {
                    String stat = Files.readString(task.resolve("stat"));
                    // "pid (comm) state ..." : fields from 3 on, numbered from 1 as in proc(5)
                    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String[] fields = new String[rest.length + 3];
                    System.arraycopy(rest, 0, fields, 3, rest.length);
                    return fields;
                }
            }
        }
        throw new IllegalStateException("no thread named " + THREAD_NAME);
    }
}
