package io.itddsim.wire.host.state;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a pump keeps its state in: {@code pump.meta} (which setup and which model build the
 * state belongs to), {@code snapshot.bin}, {@code journal.log}, and a {@code lock} held while a
 * pump uses the folder, so two pumps never write one state.
 */
public final class StateFolder implements AutoCloseable {

    static final String META = "pump.meta";
    static final String SNAPSHOT = "snapshot.bin";
    static final String JOURNAL = "journal.log";
    static final String LOCK = "lock";
    private static final String META_HEADER = "itdd pump state 1";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private StateFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (or makes) {@code dir} for the pump {@code plan} describes. With {@code fresh}, the
     * state it held is removed first: the pump starts over on purpose.
     *
     * @throws StateException when another pump holds the folder, when it belongs to another setup
     *     or another build of the model, or when it is not a state folder at all
     */
    public static StateFolder open(Path dir, RunPlan plan, boolean fresh) throws IOException, StateException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StateException(dir + ": another pump is using this state folder");
        }
        StateFolder folder = new StateFolder(dir, channel, lock);
        try {
            if (fresh) {
                folder.clear();
            }
            folder.checkOrWriteMeta(plan);
            return folder;
        } catch (IOException | StateException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    Path snapshot() {
        return dir.resolve(SNAPSHOT);
    }

    Path journal() {
        return dir.resolve(JOURNAL);
    }

    private void clear() throws IOException, StateException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals(LOCK)) {
                    continue;
                }
                if (!List.of(META, SNAPSHOT, SNAPSHOT + ".tmp", JOURNAL).contains(name)) {
                    throw new StateException(dir + " holds " + name + ", which is no pump state: --fresh removes"
                            + " pump state only; give a folder of its own to --state");
                }
                Files.delete(f);
            }
        }
    }

    /** The setup a state belongs to: the state hash of the pump the plan builds, before any input. */
    private static String planHash(RunPlan plan) {
        return PumpSimulator.create(plan).stateHash();
    }

    private void checkOrWriteMeta(RunPlan plan) throws IOException, StateException {
        Path meta = dir.resolve(META);
        String planHash = planHash(plan);
        String model = ModelFingerprint.current();
        if (!Files.exists(meta)) {
            if (Files.exists(snapshot()) || Files.exists(journal())) {
                throw new StateException(dir + ": a snapshot or journal without " + META
                        + "; not a state folder this pump wrote (start over with --fresh)");
            }
            Files.writeString(meta, META_HEADER + "\nplan " + planHash + "\nmodel " + model + "\n");
            try (FileChannel c = FileChannel.open(meta, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            syncDirectory(dir);
            return;
        }
        List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(0).equals(META_HEADER)) {
            throw new StateException(meta + ": not a pump state description (expected \"" + META_HEADER + "\")");
        }
        if (!lines.get(2).equals("model " + model)) {
            throw new StateException(dir + ": written by a build whose pump model differs from this one ("
                    + lines.get(2) + ", this build model " + model
                    + "); run the build that wrote it, or start over with --fresh");
        }
        if (!lines.get(1).equals("plan " + planHash)) {
            throw new StateException(dir + ": the state of a pump with another setup (another scenario, profile"
                    + " or seed); start it with the same arguments, give another --state, or start over with --fresh");
        }
    }

    /** Makes a rename or a new file in {@code dir} durable (fsync of the directory, where the OS allows). */
    static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // some systems cannot open a directory for syncing; the rename is still atomic
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        lockChannel.close();
    }
}
