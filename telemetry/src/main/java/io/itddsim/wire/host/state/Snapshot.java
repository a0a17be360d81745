package io.itddsim.wire.host.state;

import io.itddsim.sim.engine.PumpSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The whole pump at one journal record: the model (Java serialization, allow-listed), the replies
 * kept for retries, and which record it follows. File: the magic line, then the model fingerprint,
 * the journal seq, the state hash and the payload's SHA-256 (each UTF-8), the payload's length and
 * the payload. Written to a temporary file, made durable, then renamed over the old one, so a
 * crash leaves either the old snapshot or the new one, never half of one.
 *
 * @param seq       the last journal record the snapshot includes
 * @param stateHash the model's state hash at that record
 */
record Snapshot(long seq, String stateHash, byte[] modelBytes, List<KeptReply> replies) {

    static final String MAGIC = "ITDD-PUMP-STATE 1";

    static Snapshot of(PumpSimulator sim, long seq, List<KeptReply> replies) {
        return new Snapshot(seq, sim.stateHash(), ModelObjects.write(sim), List.copyOf(replies));
    }

    void write(Path file) throws IOException {
        byte[] payload = payload();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
            out.write((MAGIC + "\n").getBytes(StandardCharsets.US_ASCII));
            out.writeUTF(ModelFingerprint.current());
            out.writeLong(seq);
            out.writeUTF(stateHash);
            out.writeUTF(sha256(payload));
            out.writeInt(payload.length);
            out.write(payload);
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        StateFolder.syncDirectory(file.getParent());
    }

    private byte[] payload() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(modelBytes.length);
            out.write(modelBytes);
            out.writeInt(replies.size());
            for (KeptReply r : replies) {
                out.writeUTF(r.keyId());
                out.writeInt(r.request().length);
                out.write(r.request());
                out.writeInt(r.reply().length);
                out.write(r.reply());
            }
        }
        return bytes.toByteArray();
    }

    /** Reads a snapshot and restores its pump; refuses one that is damaged or from another build. */
    static Restored read(Path file) throws IOException, StateException {
        byte[] all = Files.readAllBytes(file);
        byte[] magic = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
        if (all.length < magic.length || !java.util.Arrays.equals(all, 0, magic.length, magic, 0, magic.length)) {
            throw new StateException(file + ": not a pump state snapshot (expected it to start with \"" + MAGIC
                    + "\"); start over with --fresh if the folder holds nothing you need");
        }
        try (DataInputStream in =
                new DataInputStream(new ByteArrayInputStream(all, magic.length, all.length - magic.length))) {
            String model = in.readUTF();
            if (!model.equals(ModelFingerprint.current())) {
                throw new StateException(file + ": written by a build whose pump model differs from this one"
                        + " (model fingerprint " + model + ", this build " + ModelFingerprint.current()
                        + "); run the build that wrote it, or start over with --fresh");
            }
            long seq = in.readLong();
            String hash = in.readUTF();
            String sha = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new StateException(file + ": truncated (payload of " + length + " bytes announced, "
                        + in.available() + " present)");
            }
            byte[] payload = in.readNBytes(length);
            if (!sha256(payload).equals(sha)) {
                throw new StateException(file + ": damaged (the payload's SHA-256 does not match its header)");
            }
            return restore(file, seq, hash, payload);
        } catch (EOFException e) {
            throw new StateException(file + ": truncated header");
        }
    }

    /** A restored snapshot: the live pump, its journal seq, and the replies kept for retries. */
    record Restored(PumpSimulator sim, long seq, List<KeptReply> replies) {}

    private static Restored restore(Path file, long seq, String hash, byte[] payload)
            throws IOException, StateException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte[] model = in.readNBytes(in.readInt());
            PumpSimulator sim = ModelObjects.read(model, PumpSimulator.class, file.toString());
            if (!sim.stateHash().equals(hash)) {
                throw new StateException(file + ": the restored pump's state hash " + sim.stateHash()
                        + " differs from the saved " + hash + " (a damaged file or an incompatible build)");
            }
            int count = in.readInt();
            List<KeptReply> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String keyId = in.readUTF();
                byte[] request = in.readNBytes(in.readInt());
                byte[] reply = in.readNBytes(in.readInt());
                replies.add(new KeptReply(keyId, request, reply));
            }
            return new Restored(sim, seq, replies);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
