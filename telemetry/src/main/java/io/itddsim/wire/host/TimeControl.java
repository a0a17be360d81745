package io.itddsim.wire.host;

import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.RunState;
import io.itddsim.proto.v1.StepDone;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.wire.mapping.Replies;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Decides how far the sim advances each turn of the host loop: pending Steps first (lockstep, or
 * any pace while paused), then the pace (nothing in lockstep or paused, the wall clock in real
 * time, as fast as possible in free run). Sim-thread only. Time control never touches the
 * model's state beyond advancing it, so the input log alone replays a run.
 */
final class TimeControl {

    /** What the loop should do after a turn: go on at once, or wait for the inbox this long. */
    record Turn(long waitNanos) {
        static final Turn AGAIN = new Turn(0);
    }

    /** Longest wait for the inbox when nothing is due, so a stop request is seen promptly. */
    static final long IDLE_WAIT_NANOS = 50_000_000;
    /** Most ticks one real-time turn runs before looking at the inbox again. */
    static final long MAX_REAL_TIME_BATCH_TICKS = 10_000;

    private record PendingStep(long requestId, long ticks, Consumer<Reply> replyTo) {}

    private final PumpSimulator sim;
    private final long tickUs;
    private final RealTimePacer pacer;
    private final ChunkSizer chunks;
    private final Deque<PendingStep> steps = new ArrayDeque<>();
    private PendingStep running;
    private long runningEndUs;
    private Pacing pace;
    private boolean paused;

    TimeControl(PumpSimulator sim, Pacing initial, TickLateness lateness) {
        this.sim = sim;
        this.tickUs = sim.profile().tickUs();
        this.pacer = new RealTimePacer(tickUs, lateness);
        this.chunks = new ChunkSizer(tickUs);
        setPace(initial);
    }

    Pacing pace() {
        return pace;
    }

    RunState runState() {
        return paused ? RunState.RUN_STATE_PAUSED : RunState.RUN_STATE_RUNNING;
    }

    /** Whether a Step is running or waiting: the pump cannot start over until it has answered. */
    boolean stepping() {
        return running != null || !steps.isEmpty();
    }

    /** Queues a Step; its StepDone is sent when its last tick has run. */
    void step(long requestId, long ticks, Consumer<Reply> replyTo) {
        if (!paused && pace.mode() != PaceMode.PACE_MODE_LOCKSTEP) {
            replyTo.accept(Replies.nack(
                    requestId,
                    NackReason.NACK_REASON_PUMP_STATE,
                    "step: the pump runs at pace " + pace + "; Step needs lockstep pace or a paused pump"));
            return;
        }
        if (ticks < 0 || ticks > (Long.MAX_VALUE - sim.nowUs()) / tickUs) {
            replyTo.accept(Replies.nack(
                    requestId,
                    NackReason.NACK_REASON_OUT_OF_RANGE,
                    "step.ticks: " + Long.toUnsignedString(ticks) + " ticks would run past the end of sim time"));
            return;
        }
        steps.add(new PendingStep(requestId, ticks, replyTo));
    }

    Reply pace(long requestId, Pacing newPace) {
        setPace(newPace);
        return Replies.ack(requestId);
    }

    Reply pause(long requestId) {
        paused = true;
        return Replies.ack(requestId);
    }

    Reply resume(long requestId) {
        if (paused) {
            paused = false;
            anchor();
        }
        return Replies.ack(requestId);
    }

    /** Advances the sim by one turn's worth and says whether to wait for the inbox. */
    Turn advance() {
        if (running != null || !steps.isEmpty()) {
            runStepChunk();
            return Turn.AGAIN;
        }
        if (paused || pace.mode() == PaceMode.PACE_MODE_LOCKSTEP) {
            return new Turn(IDLE_WAIT_NANOS);
        }
        if (pace.mode() == PaceMode.PACE_MODE_FREE_RUN) {
            runChunkUntil(Long.MAX_VALUE);
            return Turn.AGAIN;
        }
        long untilNextNanos = pacer.runDueTicks(sim, System.nanoTime(), MAX_REAL_TIME_BATCH_TICKS);
        return untilNextNanos <= 0 ? Turn.AGAIN : new Turn(Math.min(untilNextNanos, IDLE_WAIT_NANOS));
    }

    private void runStepChunk() {
        if (running == null) {
            running = steps.poll();
            long room = (Long.MAX_VALUE - sim.nowUs()) / tickUs;
            runningEndUs = sim.nowUs() + Math.min(running.ticks(), room) * tickUs;
        }
        runChunkUntil(runningEndUs);
        if (sim.nowUs() >= runningEndUs) {
            PendingStep done = running;
            running = null;
            done.replyTo()
                    .accept(Reply.newBuilder()
                            .setRequestId(done.requestId())
                            .setStepDone(StepDone.newBuilder()
                                    .setSimTimeUs(sim.nowUs())
                                    .setTicksRun(done.ticks()))
                            .build());
            if (steps.isEmpty()) {
                // a real-time pump that was stepped while paused resumes from here, not from before
                anchor();
            }
        }
    }

    private void runChunkUntil(long endUs) {
        long start = System.nanoTime();
        long chunkEnd = sim.nowUs() + Math.min(chunks.chunkUs(), endUs - sim.nowUs());
        sim.runUntil(chunkEnd);
        chunks.took(System.nanoTime() - start);
    }

    private void setPace(Pacing newPace) {
        this.pace = newPace;
        anchor();
    }

    private void anchor() {
        if (pace.mode() == PaceMode.PACE_MODE_REAL_TIME) {
            pacer.anchor(System.nanoTime(), sim.nowUs(), pace.factorThousandths());
        }
    }
}
