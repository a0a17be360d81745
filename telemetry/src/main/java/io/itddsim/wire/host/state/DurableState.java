package io.itddsim.wire.host.state;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.PumpCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pump's state that survives a crash: the folder's last snapshot, replayed forward through the
 * write-ahead journal of every input applied since. The sim thread hands each input over as it is
 * applied; a writer thread of its own appends it, makes it durable (fsync), and only then lets
 * the reply go out, so an acknowledged input is never lost. Several inputs that arrive together
 * share one fsync. Every {@code snapshotEvery} records the whole pump is saved and the journal
 * emptied, so a restart replays little.
 *
 * <p>On start the snapshot is loaded (refused if damaged or from another build), the journal read
 * up to its first torn or corrupt record (cut there, never applied), and each record replayed at
 * its sim time; each must reach the state hash it recorded, or the start is refused. The restored
 * pump has the state hash it had after its last acknowledged input, and its sim time goes on from
 * there.
 */
public final class DurableState implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DurableState.class);

    /** Snapshots this often, in journal records, unless told otherwise. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 1_000;

    private sealed interface Job permits Append, Save, Stop {}

    private record Append(JournalRecord record, Runnable afterDurable) implements Job {}

    private record Save(Snapshot snapshot) implements Job {}

    private record Stop() implements Job {}

    private final StateFolder folder;
    private final InputJournal journal;
    private final PumpSimulator restored;
    private final KeptReplies kept;
    private final int snapshotEvery;
    private final String summary;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile Consumer<Throwable> onFailure = failure -> {};
    private volatile Throwable failure;
    // sim thread only
    private long lastSeq;
    private long recordsSinceSnapshot;

    private DurableState(
            StateFolder folder,
            InputJournal journal,
            PumpSimulator restored,
            KeptReplies kept,
            long lastSeq,
            int snapshotEvery,
            String summary) {
        this.folder = folder;
        this.journal = journal;
        this.restored = restored;
        this.kept = kept;
        this.lastSeq = lastSeq;
        this.snapshotEvery = snapshotEvery;
        this.summary = summary;
        this.writer = new Thread(this::write, "pump-journal-" + folder.dir().getFileName());
        writer.setDaemon(true);
    }

    /**
     * Restores the pump kept in {@code folder} (a fresh one from {@code plan} when the folder is
     * new) and starts the journal writer.
     *
     * @throws StateException when the snapshot or the journal cannot be used; the message says why
     */
    public static DurableState restore(StateFolder folder, RunPlan plan, int snapshotEvery)
            throws IOException, StateException {
        try {
            return restoreOrThrow(folder, plan, snapshotEvery);
        } catch (IOException | StateException | RuntimeException e) {
            folder.close(); // a pump that cannot start must not keep the folder locked
            throw e;
        }
    }

    private static DurableState restoreOrThrow(StateFolder folder, RunPlan plan, int snapshotEvery)
            throws IOException, StateException {
        if (snapshotEvery <= 0) {
            throw new IllegalArgumentException("snapshot interval: expected a positive count, got " + snapshotEvery);
        }
        PumpSimulator sim;
        long seq = 0;
        KeptReplies kept = new KeptReplies();
        StringBuilder summary = new StringBuilder();
        if (java.nio.file.Files.exists(folder.snapshot())) {
            Snapshot.Restored snapshot = Snapshot.read(folder.snapshot());
            sim = snapshot.sim();
            seq = snapshot.seq();
            snapshot.replies().forEach(kept::add);
            summary.append("snapshot at record ").append(seq);
        } else {
            sim = PumpSimulator.create(plan);
            summary.append("no snapshot");
        }
        InputJournal.Contents contents = InputJournal.read(folder.journal());
        if (contents.tornBytes() > 0) {
            log.warn(
                    "{}: cut {} bytes at the end of the journal ({}): a write the crash interrupted; never applied",
                    folder.journal(),
                    contents.tornBytes(),
                    contents.tornReason());
        }
        int replayed = 0;
        for (JournalRecord record : contents.records()) {
            if (record.seq() <= seq) {
                continue; // in the snapshot already (a crash between the snapshot and emptying the journal)
            }
            if (record.seq() != seq + 1) {
                throw new StateException(folder.journal() + ": record " + record.seq() + " follows record " + seq
                        + "; the journal is damaged (start over with --fresh, or restore the folder from a backup)");
            }
            replay(sim, record, folder);
            if (!record.keyId().isEmpty()) {
                kept.add(new KeptReply(record.keyId(), record.request(), record.reply()));
            }
            seq = record.seq();
            replayed++;
        }
        summary.append(", ").append(replayed).append(" journal records replayed");
        if (contents.tornBytes() > 0) {
            summary.append(", a torn tail of ").append(contents.tornBytes()).append(" bytes cut");
        }
        InputJournal journal = InputJournal.open(folder.journal(), contents.validBytes());
        DurableState state = new DurableState(folder, journal, sim, kept, seq, snapshotEvery, summary.toString());
        state.recordsSinceSnapshot = replayed;
        state.writer.start();
        return state;
    }

    private static void replay(PumpSimulator sim, JournalRecord record, StateFolder folder) throws StateException {
        if (record.atUs() < sim.nowUs()) {
            throw new StateException(folder.journal() + ": record " + record.seq() + " at sim time " + record.atUs()
                    + " us lies before the pump's " + sim.nowUs() + " us; the journal is damaged");
        }
        sim.runUntil(record.atUs());
        switch (record.kind()) {
            case COMMAND -> sim.applyNow((PumpCommand) record.input());
            case FAULT_ARM -> sim.armFault((FaultSpec) record.input());
            case FAULT_CLEAR -> sim.clearFault((String) record.input());
            case TIME -> {}
        }
        String hash = sim.stateHash();
        if (!hash.equals(record.stateHash())) {
            throw new StateException(folder.journal() + ": replaying record " + record.seq() + " (" + record.kind()
                    + " at " + record.atUs() + " us) reached state hash " + hash + ", not the recorded "
                    + record.stateHash() + "; written by another build, or damaged (start over with --fresh)");
        }
    }

    /** The pump as restored: the host runs it from here. */
    public PumpSimulator restoredSim() {
        return restored;
    }

    /** The replies of journaled requests, oldest first, for the retry ledger. */
    public List<KeptReply> keptReplies() {
        return kept.all();
    }

    /** What the restore found, for people: "snapshot at record 4000, 12 journal records replayed". */
    public String summary() {
        return summary;
    }

    public java.nio.file.Path dir() {
        return folder.dir();
    }

    /** Where a journal or snapshot write failure is reported (the pump can no longer keep its word). */
    public void onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
    }

    /**
     * Sim thread: an input was applied at {@code atUs} and left the pump at {@code stateHash};
     * {@code afterDurable} runs (on the writer thread) once it is on disk.
     */
    public void record(
            JournalRecord.Kind kind,
            long atUs,
            Object input,
            String stateHash,
            String keyId,
            byte[] request,
            byte[] reply,
            Runnable afterDurable) {
        JournalRecord record = new JournalRecord(++lastSeq, kind, atUs, input, stateHash, keyId, request, reply);
        if (!record.keyId().isEmpty()) {
            kept.add(new KeptReply(record.keyId(), record.request(), record.reply()));
        }
        jobs.add(new Append(record, afterDurable));
        recordsSinceSnapshot++;
    }

    /** Sim thread, between inputs: saves the whole pump when enough records have gone by. */
    public void snapshotIfDue(PumpSimulator sim) {
        if (recordsSinceSnapshot >= snapshotEvery) {
            snapshot(sim);
        }
    }

    /** Sim thread: saves the whole pump now (at a clean stop, say). */
    public void snapshot(PumpSimulator sim) {
        recordsSinceSnapshot = 0;
        jobs.add(new Save(Snapshot.of(sim, lastSeq, kept.all())));
    }

    /** Records applied since the folder began (the last record's seq). */
    public long lastSeq() {
        return lastSeq;
    }

    /** Waits for everything handed over to be written, then stops the writer and releases the folder. */
    @Override
    public void close() throws IOException {
        jobs.add(new Stop());
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
        folder.close();
    }

    private void write() {
        List<Job> batch = new ArrayList<>();
        try {
            while (true) {
                batch.clear();
                batch.add(jobs.take());
                jobs.drainTo(batch);
                List<JournalRecord> records = new ArrayList<>();
                List<Runnable> callbacks = new ArrayList<>();
                for (Job job : batch) {
                    if (job instanceof Append append) {
                        records.add(append.record());
                        callbacks.add(append.afterDurable());
                        continue;
                    }
                    flush(records, callbacks);
                    if (job instanceof Save save) {
                        save.snapshot().write(folder.snapshot());
                        journal.clear(); // its records are all in the snapshot now
                    } else {
                        return;
                    }
                }
                flush(records, callbacks);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e;
            log.error("{}: cannot write the pump's state; acknowledged inputs could be lost", folder.dir(), e);
            onFailure.accept(e);
        }
    }

    private void flush(List<JournalRecord> records, List<Runnable> callbacks) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        journal.append(records);
        journal.force();
        for (Runnable callback : callbacks) {
            callback.run();
        }
        records.clear();
        callbacks.clear();
    }

    /** The write failure that stopped the journal, or null. */
    public Throwable failure() {
        return failure;
    }
}
