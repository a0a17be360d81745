package io.itddsim.bench.snapshot;

import io.itddsim.sim.engine.PumpSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The whole pump (plant, firmware, non-volatile memory, pending commands, clock) saved to a file
 * and restored, so that continuing a restored pump gives the same state hash as never stopping.
 *
 * <p>Format: the magic line {@code ITDD-SNAPSHOT 1}, the state hash at saving and the SHA-256 of
 * the payload (each UTF-8, length-prefixed), the payload length, then the pump as a Java
 * serialization stream. Java serialization captures the whole
 * object graph with no per-class code to keep in step with the model (the model's classes are
 * {@code Serializable} and nothing more); reading is restricted by an allow-list filter to the
 * model's own classes and plain JDK collections, and the restored pump must reproduce the saved
 * hash or the file is refused, so a snapshot from a different model version cannot be silently
 * half-loaded.
 */
public final class SnapshotFile {
    static final String MAGIC = "ITDD-SNAPSHOT 1";
    /** The model's packages, JDK values and collections; everything else is rejected while reading. */
    private static final ObjectInputFilter ALLOW = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=10000000;io.itddsim.sim.**;java.lang.*;java.util.*;java.math.*;!*");

    private SnapshotFile() {}

    public static void save(PumpSimulator sim, Path file) throws IOException {
        byte[] payload;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sim);
            out.flush();
            payload = bytes.toByteArray();
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
            out.write((MAGIC + "\n").getBytes(StandardCharsets.US_ASCII));
            out.writeUTF(sim.stateHash());
            out.writeUTF(sha256(payload));
            out.writeInt(payload.length);
            out.write(payload);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Restores a pump; throws {@link SnapshotException} with the reason if the file is not a sound snapshot. */
    public static PumpSimulator load(Path file) throws IOException, SnapshotException {
        byte[] all = Files.readAllBytes(file);
        byte[] magic = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
        if (all.length < magic.length || !java.util.Arrays.equals(all, 0, magic.length, magic, 0, magic.length)) {
            throw new SnapshotException(file + ": not an itdd snapshot (expected it to start with \"" + MAGIC + "\")");
        }
        try (DataInputStream in =
                new DataInputStream(new ByteArrayInputStream(all, magic.length, all.length - magic.length))) {
            String savedHash = in.readUTF();
            String payloadSha = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new SnapshotException(file + ": truncated (payload of " + length + " bytes announced, "
                        + in.available() + " present)");
            }
            byte[] payload = in.readNBytes(length);
            if (!sha256(payload).equals(payloadSha)) {
                throw new SnapshotException(file + ": damaged (the payload's SHA-256 does not match its header)");
            }
            PumpSimulator sim = readPump(file, payload);
            if (!sim.stateHash().equals(savedHash)) {
                throw new SnapshotException(
                        file + ": restored state hash " + sim.stateHash() + " differs from the saved " + savedHash
                                + " (corrupt file, or saved by another model version)");
            }
            return sim;
        } catch (java.io.EOFException e) {
            throw new SnapshotException(file + ": truncated header");
        }
    }

    private static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static PumpSimulator readPump(Path file, byte[] payload) throws IOException, SnapshotException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(ALLOW);
            Object o = in.readObject();
            if (!(o instanceof PumpSimulator sim)) {
                throw new SnapshotException(file + ": holds a " + o.getClass().getName() + ", not a pump");
            }
            return sim;
        } catch (InvalidClassException e) {
            throw new SnapshotException(file + ": written by a different model version or holds a forbidden class ("
                    + e.getMessage() + ")");
        } catch (ClassNotFoundException | java.io.StreamCorruptedException | ClassCastException e) {
            throw new SnapshotException(file + ": unreadable pump state (" + e.getMessage() + ")");
        }
    }
}
