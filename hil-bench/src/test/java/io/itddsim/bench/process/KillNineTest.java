package io.itddsim.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.BolusKind;
import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.InfusionMode;
import io.itddsim.proto.v1.Prescription;
import io.itddsim.proto.v1.ProgramPrescription;
import io.itddsim.proto.v1.PtmBolus;
import io.itddsim.proto.v1.PtmLimits;
import io.itddsim.proto.v1.Refill;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.Step;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test of issue 10 (F6): {@code itdd pump} with a state folder, killed with SIGKILL at
 * random moments while a client streams commands (program, refill, bolus, PTM, Step), then started
 * again with the same arguments. After every restart:
 *
 * <ul>
 *   <li>the pump's state hash is the one reported with the last acknowledged input, or the one
 *       the input in flight at the kill reports when it is retried (it was made durable, its reply
 *       lost);
 *   <li>retrying that input (same request id) applies it at most once: the pump ends at the hash
 *       its reply reports, never past it.
 * </ul>
 *
 * Since every input changes the state hash (its log record at least), a lost acknowledged input or
 * one applied twice would show as a different hash. The kills land at random delays (seeded, the
 * seed in every message) anywhere in the stream: mid-request, mid-fsync, mid-snapshot.
 */
class KillNineTest {

    private static final int KILLS = Integer.getInteger("itdd.kills", 50);
    private static final Path SCENARIO = Path.of("..", "scenarios", "bolus-day.yaml");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String KEYS = "keys:\n"
            + "  bench:\n    secret: 1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100\n"
            + "    roles: [bench]\n";

    @TempDir
    Path dir;

    private long nextId = 1_000_000;

    @Test
    @DisplayName("F6: 50 kill -9 at random moments while commands stream: every acknowledged one kept once, none twice")
    void killNineNeverLosesNorRepeatsAnAcknowledgedCommand() throws Exception {
        long seed = Long.getLong("itdd.kill.seed", 20261130L);
        Random random = new Random(seed);
        Path keys = dir.resolve("keys.yaml");
        Files.writeString(keys, KEYS);
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));
        PreSharedKey bench = Credentials.load(keys).key("bench").orElseThrow();
        Path state = dir.resolve("state");
        List<String> args = List.of(
                "--test-mode",
                "--pace",
                "lockstep",
                "--tcp",
                "127.0.0.1:0",
                "--credentials",
                keys.toString(),
                "--state",
                state.toString(),
                "--snapshot-every",
                "7",
                SCENARIO.toAbsolutePath().toString());

        String acknowledged =
                PumpSimulator.create(ScenarioLoader.load(SCENARIO)).stateHash();
        Request inFlight = null;
        int acknowledgedCount = 0;
        int retriedApplied = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            String where = "seed " + seed + ", restart " + kill;
            try (PumpProcess pump = PumpProcess.start(dir, List.of("-Xmx256m"), args);
                    PumpClient client = PumpClient.connect(
                            TcpClientLink.to(pump.tcpAddress(PATIENCE)),
                            ClientOptions.of(bench, Role.ROLE_BENCH, "kill-test"))) {
                String restored = hashNow(client);
                if (inFlight != null) {
                    Reply retried = call(client, inFlight);
                    String now = hashNow(client);
                    String reported = hash(retried);
                    String expected = reported.isEmpty() ? acknowledged : reported;
                    assertEquals(expected, now, where + ": the retried input was applied more than once");
                    assertTrue(
                            restored.equals(acknowledged) || restored.equals(reported),
                            where + ": restored at " + restored + ", neither the last acknowledged input's "
                                    + acknowledged + " nor the retried one's " + reported);
                    if (!restored.equals(acknowledged)) {
                        retriedApplied++; // it had been made durable before the kill; its reply was lost
                    }
                    acknowledged = now;
                    inFlight = null;
                } else {
                    assertEquals(acknowledged, restored, where + ": the last acknowledged input is not the state");
                }

                long killAfterMillis = 50 + random.nextInt(700);
                Thread killer = new Thread(() -> {
                    try {
                        Thread.sleep(killAfterMillis);
                        pump.killHard();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                killer.start();
                for (int i = 0; ; i++) {
                    Request next = command(i + kill);
                    inFlight = next;
                    Reply reply;
                    try {
                        reply = call(client, next);
                    } catch (Exception linkGone) {
                        break; // killed: the reply to inFlight may or may not have been on its way
                    }
                    acknowledgedCount++;
                    if (!hash(reply).isEmpty()) {
                        acknowledged = hash(reply);
                    }
                    inFlight = null;
                }
                killer.join();
            }
        }
        System.out.printf(
                "kill test: %d kills (seed %d), %d commands acknowledged, %d in-flight commands found durable"
                        + " after the kill%n",
                KILLS, seed, acknowledgedCount, retriedApplied);
        assertTrue(acknowledgedCount > KILLS, "commands were acknowledged between the kills");
    }

    private static Reply call(PumpClient client, Request request) throws Exception {
        return client.send(request).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** The pump's state hash now: a Step of no ticks changes nothing and reports it. */
    private String hashNow(PumpClient client) throws Exception {
        Reply done = call(
                client,
                Request.newBuilder()
                        .setRequestId(nextId++)
                        .setStep(Step.newBuilder().setTicks(0))
                        .build());
        assertTrue(done.hasStepDone(), done.toString());
        return hash(done);
    }

    private static String hash(Reply reply) {
        return HexFormat.of().formatHex(reply.getStateHash().toByteArray());
    }

    /** Program (with PTM limits), refill, bolus, PTM, a minute of time, in turn, each with a fresh id. */
    private Request command(int turn) {
        Request.Builder request = Request.newBuilder().setRequestId(nextId++);
        switch (turn % 5) {
            case 0 ->
                request.setProgramPrescription(ProgramPrescription.newBuilder()
                        .setPrescription(Prescription.newBuilder()
                                .setDrug(Drug.newBuilder().setName("morphine").setConcentrationUgPerMl(25_000))
                                .setMode(InfusionMode.INFUSION_MODE_CONTINUOUS)
                                .setRateNlPerDay(200_000 + 1_000L * (turn % 7))
                                .setPtmLimits(PtmLimits.newBuilder()
                                        .setBolusVolumeNl(10_000)
                                        .setBolusDurationUs(600_000_000L)
                                        .setLockoutUs(120_000_000L)
                                        .setMaxBolusesPerDay(4))));
            case 1 ->
                request.setRefill(Refill.newBuilder()
                        .setReservoirVolumeNl(18_000_000)
                        .setDrug(Drug.newBuilder().setName("morphine").setConcentrationUgPerMl(25_000)));
            case 2 ->
                request.setBolus(Bolus.newBuilder()
                        .setKind(BolusKind.BOLUS_KIND_SINGLE)
                        .setVolumeNl(5_000)
                        .setDurationUs(60_000_000L));
            case 3 -> request.setPtmBolus(PtmBolus.getDefaultInstance());
            default -> request.setStep(Step.newBuilder().setTicks(60_000));
        }
        return request.build();
    }
}
