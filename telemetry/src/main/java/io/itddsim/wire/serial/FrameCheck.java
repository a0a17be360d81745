package io.itddsim.wire.serial;

import java.util.zip.CRC32C;

/**
 * The CRC-32C (Castagnoli) that ends every serial frame, stored little-endian. CRC-32C rather
 * than the zip CRC-32 because it has a larger Hamming distance at our frame sizes and hardware
 * support on both ends (SSE 4.2, ARMv8 CRC instructions).
 */
final class FrameCheck {

    static final int LENGTH_BYTES = 4;

    private FrameCheck() {}

    /** Appends the CRC of {@code frame[0..length)} at {@code frame[length..length+4)}. */
    static void append(byte[] frame, int length) {
        int crc = crcOf(frame, length);
        frame[length] = (byte) crc;
        frame[length + 1] = (byte) (crc >>> 8);
        frame[length + 2] = (byte) (crc >>> 16);
        frame[length + 3] = (byte) (crc >>> 24);
    }

    /** Whether the last four bytes of {@code frame[0..length)} are the CRC of the bytes before. */
    static boolean holds(byte[] frame, int length) {
        int payloadLength = length - LENGTH_BYTES;
        int stored = (frame[payloadLength] & 0xFF)
                | (frame[payloadLength + 1] & 0xFF) << 8
                | (frame[payloadLength + 2] & 0xFF) << 16
                | (frame[payloadLength + 3] & 0xFF) << 24;
        return stored == crcOf(frame, payloadLength);
    }

    private static int crcOf(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
