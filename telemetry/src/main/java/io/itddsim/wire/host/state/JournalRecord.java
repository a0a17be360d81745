package io.itddsim.wire.host.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One input the pump applied, as the journal keeps it: what it was, the sim time it was applied
 * at, the state hash right after it (checked on replay), and, when it answered a client's
 * request, the key, the request and the reply (so a retry after a restart gets the same reply).
 *
 * @param seq       1 for the first record of a state folder, then +1
 * @param kind      what {@code input} is
 * @param atUs      sim time it was applied at (a tick boundary)
 * @param input     a {@code PumpCommand}, a {@code FaultSpec}, a fault name, or null for a time mark
 * @param stateHash the model's state hash right after it
 * @param keyId     the key of the session that sent it; empty for the host's own inputs
 * @param request   the wire Request's bytes; empty for the host's own inputs
 * @param reply     the wire Reply's bytes as a retry gets it; empty for the host's own inputs
 */
public record JournalRecord(
        long seq, Kind kind, long atUs, Object input, String stateHash, String keyId, byte[] request, byte[] reply) {

    /** What a record's input is. */
    public enum Kind {
        /** A model command ({@code PumpCommand}). */
        COMMAND,
        /** A model fault armed ({@code FaultSpec}). */
        FAULT_ARM,
        /** A model fault cleared (its name). */
        FAULT_CLEAR,
        /** Sim time reached {@code atUs} (a Step done, or a real-time pump's progress). */
        TIME
    }

    public JournalRecord {
        keyId = keyId == null ? "" : keyId;
        request = request == null ? new byte[0] : request.clone();
        reply = reply == null ? new byte[0] : reply.clone();
    }

    /** The record as journal bytes (without the frame's length and checksum). */
    byte[] encode() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(kind.ordinal());
            out.writeLong(seq);
            out.writeLong(atUs);
            out.writeUTF(stateHash);
            out.writeUTF(keyId);
            writeBytes(out, request);
            writeBytes(out, reply);
            writeBytes(out, input == null ? new byte[0] : ModelObjects.write(input));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JournalRecord decode(byte[] body) throws StateException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            int kindIndex = in.readUnsignedByte();
            if (kindIndex >= Kind.values().length) {
                throw new StateException("journal record of an unknown kind " + kindIndex);
            }
            Kind kind = Kind.values()[kindIndex];
            long seq = in.readLong();
            long atUs = in.readLong();
            String hash = in.readUTF();
            String keyId = in.readUTF();
            byte[] request = readBytes(in);
            byte[] reply = readBytes(in);
            byte[] input = readBytes(in);
            Object value = input.length == 0 ? null : ModelObjects.read(input, Object.class, "journal record " + seq);
            return new JournalRecord(seq, kind, atUs, value, hash, keyId, request, reply);
        } catch (IOException e) {
            throw new StateException("journal record cut short: " + e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a field of " + n + " bytes in a record of " + in.available() + " left");
        }
        return in.readNBytes(n);
    }
}
