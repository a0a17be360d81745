package io.itddsim.wire.serial;

/**
 * Consistent Overhead Byte Stuffing (Cheshire and Baker, 1999): rewrites a block of bytes so it
 * contains no 0x00, which leaves 0x00 free to delimit frames on a serial line. The encoded form
 * is at most one byte longer than the input for every 254 input bytes, plus one.
 */
final class Cobs {

    private static final int MAX_BLOCK = 0xFF;

    private Cobs() {}

    /** Upper bound of the encoded length of {@code length} input bytes. */
    static int maxEncodedLength(int length) {
        return length + length / (MAX_BLOCK - 1) + 1;
    }

    /**
     * Encodes {@code src[0..length)} into {@code dst} from {@code dstOffset} and returns the encoded
     * length. {@code dst} must have room for {@link #maxEncodedLength(int)} bytes from there.
     */
    static int encode(byte[] src, int length, byte[] dst, int dstOffset) {
        int codeIndex = dstOffset;
        int write = dstOffset + 1;
        int code = 1;
        for (int read = 0; read < length; read++) {
            byte b = src[read];
            if (b != 0) {
                dst[write++] = b;
                code++;
            }
            if (b == 0 || code == MAX_BLOCK) {
                dst[codeIndex] = (byte) code;
                code = 1;
                boolean moreToCome = b == 0 || read + 1 < length;
                if (!moreToCome) {
                    // input ended on a full block: canonical COBS opens no empty block after it
                    return write - dstOffset;
                }
                codeIndex = write++;
            }
        }
        dst[codeIndex] = (byte) code;
        return write - dstOffset;
    }

    /**
     * Decodes {@code src[0..length)} (one frame, delimiter removed) into {@code dst} from index 0
     * and returns the decoded length, or -1 when the input is not valid COBS: a 0x00 inside it, or
     * a block that runs past its end. {@code dst} must hold at least {@code length} bytes.
     */
    static int decode(byte[] src, int length, byte[] dst) {
        int read = 0;
        int write = 0;
        while (read < length) {
            int code = src[read++] & 0xFF;
            if (code == 0 || read + code - 1 > length) {
                return -1;
            }
            for (int i = 1; i < code; i++) {
                byte b = src[read++];
                if (b == 0) {
                    return -1;
                }
                dst[write++] = b;
            }
            // a full block carries no implied zero, and neither does the last block
            if (code != MAX_BLOCK && read < length) {
                dst[write++] = 0;
            }
        }
        return write;
    }
}
