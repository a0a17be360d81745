package io.itddsim.wire.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.LoadScenario;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.state.DurableState;
import io.itddsim.wire.host.state.StateFolder;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bench has a test-mode pump start over from a scenario's starting state (LoadScenario). */
class LoadScenarioTest {
    /** Stands in for the scenario format (hil-bench's): "baclofen 12 mL" or an error naming the line. */
    static final ScenarioReader READER = (source, text) -> {
        if (!text.startsWith("baclofen ")) {
            throw new IllegalArgumentException(source + ":1:1: expected \"baclofen VOLUME_ML\"");
        }
        long volumeNl = Long.parseLong(text.substring(9).replace(" mL", "").strip()) * 1_000_000;
        SimulationSetup setup = SimulationSetup.inService(
                PumpProfile.synchroMed20ml(), 5, volumeNl, Prescription.continuous("baclofen", 2_000, 200_000));
        // a timeline the pump must not apply: the bench sends the timeline itself
        return new RunPlan(
                source, source, setup, 0, List.of(new TimedCommand(1_000, new PumpCommand.Interrogate())), List.of());
    };

    private PumpServer server;
    private PumpClient bench;

    private void start(boolean testMode, ScenarioReader reader) throws Exception {
        start(testMode, reader, null);
    }

    private void start(boolean testMode, ScenarioReader reader, DurableState state) throws Exception {
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), testMode), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .scenarios(reader)
                .state(state)
                .start();
        // a pump not in test mode admits no bench session: a clinician tries instead
        bench = testMode
                ? WireFixture.connect(server.tcpAddress(), WireFixture.BENCH, Role.ROLE_BENCH, "bench")
                : WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "clinic");
    }

    @AfterEach
    void stop() {
        if (bench != null) {
            bench.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Reply call(Request.Builder request) throws Exception {
        return bench.call(request).get(20, TimeUnit.SECONDS);
    }

    private static Request.Builder load(String text) {
        return Request.newBuilder()
                .setLoadScenario(LoadScenario.newBuilder().setScenario(text).setSource("s.yaml"));
    }

    private long reservoirEstimateNl() throws Exception {
        return call(Request.newBuilder().setInterrogate(io.itddsim.proto.v1.Interrogate.getDefaultInstance()))
                .getInterrogationReport()
                .getReservoirEstimateNl();
    }

    @Test
    @DisplayName("the pump starts over at sim time 0 in the scenario's state, without applying its timeline")
    void startsOver() throws Exception {
        start(true, READER);
        assertTrue(call(Request.newBuilder()
                        .setStep(io.itddsim.proto.v1.Step.newBuilder().setTicks(5_000)))
                .hasStepDone());
        assertTrue(call(load("baclofen 12 mL")).hasAck());
        assertEquals(0, server.host().read(sim -> sim.nowUs()).get(5, TimeUnit.SECONDS));
        assertEquals(12_000_000, reservoirEstimateNl());
        Reply stepped = call(Request.newBuilder()
                .setStep(io.itddsim.proto.v1.Step.newBuilder().setTicks(10)));
        assertEquals(10_000, stepped.getStepDone().getSimTimeUs());
        long commands =
                server.host().read(sim -> (long) sim.appliedCommands().size()).get(5, TimeUnit.SECONDS);
        assertEquals(1, commands, "only the bench's interrogation: the scenario's own timeline was not applied");
    }

    @Test
    @DisplayName("a scenario that cannot be used is refused with its own error, and nothing changes")
    void badScenario() throws Exception {
        start(true, READER);
        Reply r = call(load("morphine 3 mL"));
        assertEquals(NackReason.NACK_REASON_INVALID_ARGUMENT, r.getNack().getReason());
        assertTrue(
                r.getNack().getMessage().contains("s.yaml:1:1: expected"),
                r.getNack().getMessage());
        assertEquals(Pumps.morphineSetup().reservoirEnteredNl(), reservoirEstimateNl());
    }

    @Test
    @DisplayName("a pump without a scenario reader says UNSUPPORTED; one not in test mode says NOT_TEST_MODE")
    void refused() throws Exception {
        start(true, null);
        assertEquals(
                NackReason.NACK_REASON_UNSUPPORTED,
                call(load("baclofen 12 mL")).getNack().getReason());
        stop();
        start(false, READER);
        assertEquals(
                NackReason.NACK_REASON_NOT_TEST_MODE,
                call(load("baclofen 12 mL")).getNack().getReason());
    }

    @Test
    @DisplayName("the emulator tells clients that its status samples carry ground truth")
    void reportsGroundTruth() throws Exception {
        start(true, READER);
        assertTrue(bench.pump().getReportsGroundTruth());
    }

    @Test
    @DisplayName("a pump that keeps durable state refuses LoadScenario, saying why, and its state stays the patient's")
    void durablePumpRefusesToStartOver(@TempDir Path dir) throws Exception {
        RunPlan plan = Pumps.config(Pacing.lockstep(), true).plan();
        start(true, READER, DurableState.restore(StateFolder.open(dir, plan, false), plan, 10));
        assertTrue(call(Request.newBuilder()
                        .setStep(io.itddsim.proto.v1.Step.newBuilder().setTicks(5_000)))
                .hasStepDone());
        String before = server.host().read(sim -> sim.stateHash()).get(5, TimeUnit.SECONDS);

        Reply r = call(load("baclofen 12 mL"));

        assertEquals(NackReason.NACK_REASON_PUMP_STATE, r.getNack().getReason());
        assertTrue(
                r.getNack().getMessage().contains("durable state"), r.getNack().getMessage());
        assertEquals(before, server.host().read(sim -> sim.stateHash()).get(5, TimeUnit.SECONDS));
        assertEquals(5_000_000L, server.host().read(sim -> sim.nowUs()).get(5, TimeUnit.SECONDS));
    }
}
