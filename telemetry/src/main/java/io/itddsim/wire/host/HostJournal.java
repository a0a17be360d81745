package io.itddsim.wire.host;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.wire.host.state.DurableState;
import io.itddsim.wire.host.state.JournalRecord;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the pump host keeps of each input, on the sim thread: on a pump in test mode the reply
 * carries the state hash after the input; with durable state the input is journaled (with that
 * hash) and its reply released once it is on disk, a running pump journals how far it got every
 * few seconds, and snapshots are taken when due (docs/RELIABILITY.md, section 3).
 */
final class HostJournal implements InputLog {

    /** A pump in real time with durable state journals its progress this often, so a restart loses little. */
    static final long TIME_MARK_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Null: the pump keeps no state. */
    private final DurableState state;

    private final boolean testMode;
    private PumpSimulator sim;
    private long lastJournaledUs;
    private long lastTimeMarkNanos = System.nanoTime();

    HostJournal(DurableState state, boolean testMode) {
        this.state = state;
        this.testMode = testMode;
    }

    /** The simulator whose inputs are kept from now on (the first, or a bench's fresh one). */
    void follow(PumpSimulator next) {
        this.sim = next;
        this.lastJournaledUs = next.nowUs();
    }

    @Override
    public void applied(
            JournalRecord.Kind kind,
            Object input,
            Request request,
            String keyId,
            Reply reply,
            Consumer<Reply> replyTo) {
        boolean hashed = state != null || testMode;
        String hash = hashed ? sim.stateHash() : "";
        Reply out = testMode
                ? reply.toBuilder().setStateHash(ByteString.fromHex(hash)).build()
                : reply;
        if (state == null) {
            replyTo.accept(out);
            return;
        }
        lastJournaledUs = sim.nowUs();
        // an interrogation's report is not kept (a retry reads afresh): only its id
        Reply kept = out.hasInterrogationReport()
                ? Reply.newBuilder().setRequestId(out.getRequestId()).build()
                : out;
        state.record(
                kind,
                sim.nowUs(),
                input,
                hash,
                keyId,
                request == null ? null : request.toByteArray(),
                request == null ? null : kept.toByteArray(),
                () -> replyTo.accept(out));
    }

    /** A burst of refusals was just applied to the model as one input. */
    void refusalBurst(PumpCommand.LinkRefusal burst) {
        if (state != null) {
            lastJournaledUs = sim.nowUs();
            state.record(JournalRecord.Kind.COMMAND, sim.nowUs(), burst, sim.stateHash(), "", null, null, () -> {});
        }
    }

    /** With durable state, a running pump journals how far it got every few seconds. */
    void markTimeNowAndThen() {
        if (state == null || sim.nowUs() == lastJournaledUs) {
            return;
        }
        if (System.nanoTime() - lastTimeMarkNanos >= TIME_MARK_NANOS) {
            journalTime();
            state.snapshotIfDue(sim);
        }
    }

    void snapshotIfDue() {
        if (state != null) {
            state.snapshotIfDue(sim);
        }
    }

    /** A clean stop: the time reached is journaled and the whole pump saved to start from. */
    void stop() {
        if (state != null) {
            journalTime();
            state.snapshot(sim);
        }
    }

    private void journalTime() {
        lastTimeMarkNanos = System.nanoTime();
        if (sim.nowUs() != lastJournaledUs) {
            lastJournaledUs = sim.nowUs();
            state.record(JournalRecord.Kind.TIME, sim.nowUs(), null, sim.stateHash(), "", null, null, () -> {});
        }
    }
}
