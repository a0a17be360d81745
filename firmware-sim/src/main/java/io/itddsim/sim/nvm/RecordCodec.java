package io.itddsim.sim.nvm;

import io.itddsim.sim.event.EventType;
import io.itddsim.sim.profile.PumpProfile;
import java.util.zip.CRC32C;

/**
 * The byte layout of one NVM record, big-endian:
 * sequence (4) | time us (8) | event type (2) | value (8) | reserved (6) | CRC-32C of bytes 0-27 (4).
 * An all-zero record is an empty slot (a real record always has a non-zero sequence).
 */
final class RecordCodec {
    static final int BYTES = PumpProfile.NVM_RECORD_BYTES;
    private static final int CRC_AT = BYTES - 4;
    private static final EventType[] TYPES = EventType.values();

    private RecordCodec() {}

    static void encode(byte[] b, long sequence, long timeUs, EventType type, long value) {
        java.util.Arrays.fill(b, 0, BYTES, (byte) 0);
        putInt(b, 0, (int) sequence);
        putLong(b, 4, timeUs);
        b[12] = (byte) (type.ordinal() >>> 8);
        b[13] = (byte) type.ordinal();
        putLong(b, 14, value);
        putInt(b, CRC_AT, crc(b, CRC_AT));
    }

    static boolean empty(byte[] b) {
        for (int i = 0; i < BYTES; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static NvmRecord decode(int slot, byte[] b) {
        if (!intact(b)) {
            return NvmRecord.corrupted(slot);
        }
        return new NvmRecord(slot, getInt(b, 0) & 0xffff_ffffL, getLong(b, 4), TYPES[type(b)], getLong(b, 14), false);
    }

    /** Whether a written (non-empty) record reads back as one: its CRC matches and its type is known. */
    static boolean intact(byte[] b) {
        return getInt(b, CRC_AT) == crc(b, CRC_AT) && type(b) < TYPES.length;
    }

    private static int type(byte[] b) {
        return ((b[12] & 0xff) << 8) | (b[13] & 0xff);
    }

    static int crc(byte[] b, int length) {
        CRC32C c = new CRC32C(); // records are written rarely (events), never in the quiet loop
        c.update(b, 0, length);
        return (int) c.getValue();
    }

    static void putInt(byte[] b, int at, int v) {
        for (int i = 3; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }

    static int getInt(byte[] b, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    static void putLong(byte[] b, int at, long v) {
        for (int i = 7; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }

    static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }
}
