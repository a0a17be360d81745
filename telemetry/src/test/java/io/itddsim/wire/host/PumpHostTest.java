package io.itddsim.wire.host;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Pause;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.wire.Pumps;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PumpHostTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final List<EventLogEntry> logged = new CopyOnWriteArrayList<>();
    private PumpHost host;

    @AfterEach
    void stopHost() {
        if (host != null) {
            host.close();
        }
    }

    private PumpHost start(HostConfig config) {
        PumpStreams streams = new PumpStreams() {
            @Override
            public void logEvent(long simTimeUs, EventLogEntry entry) {
                logged.add(entry);
            }
        };
        host = PumpHost.start(config, streams, LinkFaultSwitch.NONE);
        return host;
    }

    private Reply call(Request request) throws Exception {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        assertTrue(host.submit(request, reply::complete), "queue unexpectedly full");
        return reply.get(20, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("in lockstep, time stands still until a Step, which ends exactly its ticks later")
    void lockstepAdvancesOnlyOnStep() throws Exception {
        start(Pumps.config(Pacing.lockstep(), true));
        long tickUs = host.tickUs();

        Reply first = call(Pumps.interrogate(1));
        assertEquals(0, host.simTimeUs());
        Reply done = call(Pumps.step(2, 1_500));

        assertTrue(first.hasInterrogationReport());
        assertEquals(1_500 * tickUs, done.getStepDone().getSimTimeUs());
        assertEquals(1_500, done.getStepDone().getTicksRun());
        assertEquals(1_500 * tickUs, host.read(PumpSimulator::nowUs).get());
    }

    @Test
    @DisplayName("a bolus is applied at the tick boundary, logged with its tick, and streamed as a log event")
    void bolusIsAppliedLoggedAndStreamed() throws Exception {
        start(Pumps.config(Pacing.lockstep(), true));
        call(Pumps.step(1, 250));

        Reply reply = call(Pumps.bolus(2, 40_000, 1_800_000_000L));

        assertTrue(reply.hasAck(), reply.toString());
        List<ScheduledCommand> input =
                host.read(s -> List.copyOf(s.appliedCommands())).get();
        assertEquals(1, input.size());
        assertEquals(250, input.get(0).appliedTick());
        await().atMost(PATIENCE)
                .until(() -> logged.stream().anyMatch(e -> e.getCode() == EventCode.EVENT_CODE_BOLUS_STARTED));
        assertEquals(40_000, logged.get(logged.size() - 1).getValue());
    }

    @Test
    @DisplayName("a command the pump refuses gets its reason as a Nack and changes nothing but the log")
    void refusedCommandIsNacked() throws Exception {
        start(Pumps.config(Pacing.lockstep(), true));
        String before = host.read(PumpSimulator::stateHash).get();

        Reply reply = call(Pumps.programContinuous(1, 999_999_999_999L));

        assertEquals(NackReason.NACK_REASON_OUT_OF_RANGE, reply.getNack().getReason(), reply.toString());
        assertFalse(reply.getNack().getMessage().isBlank());
        assertTrue(host.read(s -> s.firmware().eventLog().events().size()).get() > 0, "the refusal is logged");
        assertTrue(logged.stream().anyMatch(e -> e.getCode() == EventCode.EVENT_CODE_COMMAND_REJECTED));
        assertEquals(
                host.read(s -> s.firmware().prescription()).get(),
                Pumps.morphineSetup().prescription(),
                "the prescription is unchanged; before: " + before);
    }

    @Test
    @DisplayName("the input log of a hosted run replays to the same state hash")
    void hostedRunReplaysExactly() throws Exception {
        start(Pumps.config(Pacing.lockstep(), true));
        call(Pumps.step(1, 3_000));
        call(Pumps.bolus(2, 20_000, 600_000_000L));
        call(Pumps.step(3, 70_000));
        call(Pumps.programContinuous(4, Pumps.RATE_NL_PER_DAY * 2));
        call(Pumps.programContinuous(5, -1));
        call(Pumps.step(6, 5_000));
        List<ScheduledCommand> input =
                host.read(s -> List.copyOf(s.appliedCommands())).get();
        String hostedHash = host.read(PumpSimulator::stateHash).get();
        long endUs = host.simTimeUs();

        PumpSimulator replay = PumpSimulator.create(Pumps.morphineSetup());
        for (ScheduledCommand c : input) {
            replay.schedule(c.appliedUs(), c.command());
        }
        replay.runUntil(endUs);

        assertEquals(2, input.size(), "the program with a rate over 2^63 never reached the model: " + input);
        assertEquals(hostedHash, replay.stateHash());
    }

    @Test
    @DisplayName("a full command queue answers false at once (the session turns it into BUSY)")
    void fullQueueRefusesAtOnce() throws Exception {
        start(Pumps.config(Pacing.lockstep(), true).withCommandQueueCapacity(2));
        CompletableFuture<Void> gate = new CompletableFuture<>();
        // hold the sim thread so the queue fills
        host.read(s -> gate.join());

        assertTrue(host.submit(Pumps.interrogate(1), r -> {}));
        assertTrue(host.submit(Pumps.interrogate(2), r -> {}));
        assertFalse(host.submit(Pumps.interrogate(3), r -> {}));

        gate.complete(null);
        await().atMost(PATIENCE).until(() -> host.queuedRequests() == 0);
        assertTrue(host.submit(Pumps.interrogate(4), r -> {}));
    }

    @Test
    @DisplayName(
            "real time at 1000x runs the sim about a thousand times faster than the wall clock, and Pause stops it")
    void realTimeFollowsTheWallClockAndPauseStopsIt() throws Exception {
        long startNanos = System.nanoTime();
        start(Pumps.config(Pacing.realTime(1_000_000), false));

        await().atMost(PATIENCE).until(() -> host.simTimeUs() >= 2_000_000);
        long simUs = host.simTimeUs();
        long wallUs = (System.nanoTime() - startNanos) / 1_000;
        // a tick runs once its start is due, so the clock may show the end of that one tick
        assertTrue(simUs <= wallUs * 1000 + host.tickUs(), "the sim never runs ahead of the wall clock");

        call(Request.newBuilder()
                .setRequestId(9)
                .setPause(Pause.getDefaultInstance())
                .build());
        long paused = host.simTimeUs();
        assertEquals(paused, host.read(PumpSimulator::nowUs).get());
        Reply step = call(Pumps.step(10, 10));
        assertEquals(paused + 10 * host.tickUs(), step.getStepDone().getSimTimeUs(), "a paused pump may be stepped");
        assertTrue(host.tickLateness().snapshotNanos().getTotalCount() > 0);
    }

    @Test
    @DisplayName("Step on a pump running in real time is refused with PUMP_STATE")
    void stepWhileRunningIsRefused() throws Exception {
        start(Pumps.config(Pacing.realTime(1000), true));

        Reply reply = call(Pumps.step(1, 10));

        assertEquals(NackReason.NACK_REASON_PUMP_STATE, reply.getNack().getReason());
    }

    @Test
    @DisplayName("free run advances as fast as it can and still answers requests promptly")
    void freeRunAnswersRequests() throws Exception {
        start(Pumps.config(Pacing.freeRun(), false));
        await().atMost(PATIENCE).until(() -> host.simTimeUs() > 86_400_000_000L);

        Reply reply = call(Pumps.interrogate(1));

        assertTrue(reply.hasInterrogationReport());
    }

    @Test
    @DisplayName(
            "F2: if the sim thread dies (here an OutOfMemoryError), the host says so at once and answers nothing else")
    void aDyingSimThreadIsReportedAtOnce() throws Exception {
        CompletableFuture<Throwable> death = new CompletableFuture<>();
        host = PumpHost.start(
                Pumps.config(Pacing.lockstep(), true), PumpStreams.NONE, LinkFaultSwitch.NONE, death::complete);

        host.read(s -> {
            throw new OutOfMemoryError("simulated: the heap is full");
        });

        Throwable why = death.get(20, TimeUnit.SECONDS);
        assertTrue(why instanceof OutOfMemoryError, String.valueOf(why));
        assertEquals(why, host.failure());
        Reply refused = call(Pumps.interrogate(1));
        assertEquals(NackReason.NACK_REASON_PUMP_STATE, refused.getNack().getReason());
    }

    @Test
    @DisplayName("F2: the simulator keeps only its newest applied commands in memory, however many are applied")
    void inputHistoryIsBounded() throws Exception {
        start(Pumps.config(Pacing.lockstep(), true));
        for (int i = 1; i <= 500; i++) {
            call(Pumps.interrogate(i));
        }
        assertEquals(500L, host.read(PumpSimulator::appliedCount).get());
        assertEquals(
                PumpHost.INPUT_HISTORY_IN_MEMORY,
                host.read(s -> s.appliedCommands().size()).get());
    }
}
