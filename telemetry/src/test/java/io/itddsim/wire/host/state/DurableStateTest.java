package io.itddsim.wire.host.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.PtmBolus;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pump's state folder: restored exactly, torn tails cut, foreign state refused (issue 10, F6). */
class DurableStateTest {

    private static final HostConfig CONFIG = Pumps.config(Pacing.lockstep(), true);
    private static final RunPlan PLAN = CONFIG.plan();

    @TempDir
    Path dir;

    private PumpServer start(int snapshotEvery) throws Exception {
        return start(dir, snapshotEvery);
    }

    private static PumpServer start(Path dir, int snapshotEvery) throws Exception {
        DurableState state = DurableState.restore(StateFolder.open(dir, PLAN, false), PLAN, snapshotEvery);
        return PumpServer.builder(CONFIG, WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .state(state)
                .start();
    }

    /**
     * What a crash leaves: the folder's files as they are on disk now, while the pump runs (every
     * acknowledged input is on disk before its reply), copied to a folder of their own.
     */
    private Path crashCopy() throws IOException {
        Path copy = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-crash-" + System.nanoTime()));
        for (String name : new String[] {StateFolder.META, StateFolder.SNAPSHOT, StateFolder.JOURNAL}) {
            if (Files.exists(dir.resolve(name))) {
                Files.copy(dir.resolve(name), copy.resolve(name));
            }
        }
        return copy;
    }

    private static Reply call(PumpClient client, Request request) throws Exception {
        return client.send(request).get(20, TimeUnit.SECONDS);
    }

    private static String hash(Reply reply) {
        return HexFormat.of().formatHex(reply.getStateHash().toByteArray());
    }

    /** Runs a few inputs; returns the hash the last acknowledged one reported. */
    private String someInputs(PumpServer server, long firstId) throws Exception {
        try (PumpClient bench = WireFixture.connect(server.tcpAddress(), WireFixture.BENCH, Role.ROLE_BENCH, "b")) {
            call(bench, Pumps.programContinuous(firstId, Pumps.RATE_NL_PER_DAY * 2));
            call(bench, Pumps.step(firstId + 1, 60_000));
            call(bench, Pumps.bolus(firstId + 2, 20_000, 600_000_000L));
            Reply last = call(bench, Pumps.step(firstId + 3, 30_000));
            assertTrue(last.hasStepDone(), last.toString());
            return hash(last);
        }
    }

    @Test
    @DisplayName("F6: after a crash the pump has the state hash of its last acknowledged input, snapshot or not")
    void crashResumesExactly() throws Exception {
        for (int snapshotEvery : new int[] {1_000, 3}) {
            Path crashed;
            String acknowledged;
            try (PumpServer server = start(snapshotEvery)) {
                acknowledged = someInputs(server, 100L * snapshotEvery);
                crashed = crashCopy();
                someInputs(server, 100L * snapshotEvery + 50); // after the crash: never seen by the restored pump
            }
            try (PumpServer restored = start(crashed, snapshotEvery)) {
                assertEquals(
                        acknowledged,
                        restored.host().read(PumpSimulator::stateHash).get());
            }
        }
    }

    @Test
    @DisplayName("F6: a restarted pump has the state hash of its last acknowledged input and goes on from there")
    void restartResumesExactly() throws Exception {
        String before;
        long simTime;
        try (PumpServer server = start(3)) {
            before = someInputs(server, 100);
            simTime = server.host().simTimeUs();
        }
        try (PumpServer again = start(3)) {
            assertEquals(before, again.host().read(PumpSimulator::stateHash).get());
            assertEquals(simTime, again.host().simTimeUs());
            String after = someInputs(again, 200);
            assertNotEquals(before, after);
        }
    }

    @Test
    @DisplayName("F6: a bolus acknowledged before a restart and retried after it is not given twice")
    void retryAfterRestartGetsTheFirstReply() throws Exception {
        Request bolus = Pumps.bolus(4242, 20_000, 600_000_000L);
        Reply first;
        try (PumpServer server = start(1_000);
                PumpClient clinician =
                        WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "c")) {
            first = call(clinician, bolus);
        }
        try (PumpServer again = start(1_000);
                PumpClient clinician =
                        WireFixture.connect(again.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "c")) {
            String restored = again.host().read(PumpSimulator::stateHash).get();
            Reply retry = call(clinician, bolus);

            assertEquals(first, retry);
            assertEquals(restored, again.host().read(PumpSimulator::stateHash).get(), "not applied again");
        }
    }

    @Test
    @DisplayName("F6: a torn or corrupt journal tail is cut by its checksums and never applied")
    void tornTailIsCut() throws Exception {
        String acknowledged;
        Path crashed;
        try (PumpServer server = start(1_000)) {
            acknowledged = someInputs(server, 1);
            crashed = crashCopy();
        }
        Path journal = crashed.resolve(StateFolder.JOURNAL);
        byte[] whole = Files.readAllBytes(journal);
        Path damaged = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-damaged"));
        Files.copy(crashed.resolve(StateFolder.META), damaged.resolve(StateFolder.META));
        // a record half written when the power went
        Files.write(journal, new byte[] {0, 0, 1, 0, 1, 2, 3}, StandardOpenOption.APPEND);
        try (PumpServer again = start(crashed, 1_000)) {
            assertEquals(
                    acknowledged, again.host().read(PumpSimulator::stateHash).get());
        }

        // the last whole record's checksum fails: it is cut too, never applied
        byte[] flipped = whole.clone();
        flipped[flipped.length - 3] ^= 0x40;
        Files.write(damaged.resolve(StateFolder.JOURNAL), flipped);
        InputJournal.Contents contents = InputJournal.read(damaged.resolve(StateFolder.JOURNAL));
        assertTrue(contents.tornBytes() > 0, "the damaged record is found");
        try (PumpServer again = start(damaged, 1_000)) {
            String hash = again.host().read(PumpSimulator::stateHash).get();
            assertNotEquals(acknowledged, hash, "the damaged last record was not applied");
            assertEquals(contents.records().get(contents.records().size() - 1).stateHash(), hash);
        }
    }

    @Test
    @DisplayName("F6: a snapshot from an incompatible build, or the state of another setup, is refused with a reason")
    void foreignStateIsRefused() throws Exception {
        try (PumpServer server = start(2)) {
            someInputs(server, 1);
        }
        Path snapshot = dir.resolve(StateFolder.SNAPSHOT);
        assertTrue(Files.exists(snapshot));
        byte[] bytes = Files.readAllBytes(snapshot);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        String model = ModelFingerprint.current();
        byte[] other =
                text.replace(model, "0".repeat(model.length())).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(snapshot, other);

        StateException build = assertThrows(
                StateException.class, () -> DurableState.restore(StateFolder.open(dir, PLAN, false), PLAN, 10));
        assertTrue(build.getMessage().contains("differs from this one"), build.getMessage());

        RunPlan otherSeed = RunPlan.of(
                "other",
                io.itddsim.sim.engine.SimulationSetup.inService(
                        io.itddsim.sim.profile.PumpProfile.synchroMed20ml(),
                        99,
                        18_000_000,
                        io.itddsim.sim.firmware.Prescription.continuous(
                                "morphine", Pumps.MORPHINE_UG_PER_ML, Pumps.RATE_NL_PER_DAY)),
                0);
        StateException setup = assertThrows(StateException.class, () -> StateFolder.open(dir, otherSeed, false));
        assertTrue(setup.getMessage().contains("another setup"), setup.getMessage());
    }

    @Test
    @DisplayName("F6: --fresh starts over on purpose; two pumps never share a folder")
    void freshStartsOver() throws Exception {
        String fresh = PumpSimulator.create(PLAN).stateHash();
        try (PumpServer server = start(1_000)) {
            someInputs(server, 1);
            StateException busy = assertThrows(StateException.class, () -> StateFolder.open(dir, PLAN, false));
            assertTrue(busy.getMessage().contains("another pump"), busy.getMessage());
        }
        DurableState state = DurableState.restore(StateFolder.open(dir, PLAN, true), PLAN, 10);
        try (PumpServer again =
                PumpServer.builder(CONFIG, WireFixture.CREDENTIALS).state(state).start()) {
            assertEquals(fresh, again.host().read(PumpSimulator::stateHash).get());
        }
    }

    @Test
    @DisplayName("a refused patient bolus changes nothing and is not journaled")
    void refusalsAreNotJournaled() throws Exception {
        try (PumpServer server = start(1_000);
                PumpClient patient =
                        WireFixture.connect(server.tcpAddress(), WireFixture.PATIENT, Role.ROLE_PATIENT, "p")) {
            Reply refused = patient.call(Request.newBuilder().setPtmBolus(PtmBolus.getDefaultInstance()))
                    .get(20, TimeUnit.SECONDS);
            assertTrue(refused.hasNack());
            assertTrue(refused.getStateHash().isEmpty(), "nothing changed, so no state hash");
        }
        assertTrue(journalRecords() <= 1, "at most the refusals record and the stop's time mark");
    }

    private long journalRecords() throws IOException, StateException {
        return InputJournal.read(dir.resolve(StateFolder.JOURNAL)).records().size();
    }
}
