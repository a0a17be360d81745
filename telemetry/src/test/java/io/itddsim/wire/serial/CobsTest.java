package io.itddsim.wire.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CobsTest {

    /** The published examples (Cheshire and Baker; also the Wikipedia article on COBS). */
    static Stream<Arguments> publishedExamples() {
        return Stream.of(
                Arguments.of("00", "0101"),
                Arguments.of("0000", "010101"),
                Arguments.of("00110000", "0102110101"),
                Arguments.of("11220033", "0311220233"),
                Arguments.of("11223344", "0511223344"),
                Arguments.of("11000000", "0211010101"),
                Arguments.of(hex(range(0x01, 0xFE)), "ff" + hex(range(0x01, 0xFE))),
                Arguments.of("00" + hex(range(0x01, 0xFE)), "01ff" + hex(range(0x01, 0xFE))),
                Arguments.of(hex(range(0x01, 0xFF)), "ff" + hex(range(0x01, 0xFE)) + "02ff"),
                Arguments.of(hex(range(0x02, 0xFF)) + "00", "ff" + hex(range(0x02, 0xFF)) + "0101"),
                Arguments.of(hex(range(0x03, 0xFF)) + "0001", "fe" + hex(range(0x03, 0xFF)) + "0201"));
    }

    @ParameterizedTest
    @MethodSource("publishedExamples")
    @DisplayName("encoding gives the published bytes and decoding gives the input back")
    void encodesAndDecodesThePublishedExamples(String plainHex, String encodedHex) {
        byte[] plain = HexFormat.of().parseHex(plainHex);
        byte[] expected = HexFormat.of().parseHex(encodedHex);

        byte[] encoded = new byte[Cobs.maxEncodedLength(plain.length)];
        int encodedLength = Cobs.encode(plain, plain.length, encoded, 0);
        assertEquals(encodedHex, HexFormat.of().formatHex(encoded, 0, encodedLength));

        byte[] decoded = new byte[expected.length];
        int decodedLength = Cobs.decode(expected, expected.length, decoded);
        assertEquals(plainHex, HexFormat.of().formatHex(decoded, 0, decodedLength));
    }

    @Test
    @DisplayName("nothing encodes to a single code byte and decodes back to nothing")
    void emptyInputEncodesToOneCodeByte() {
        byte[] encoded = new byte[Cobs.maxEncodedLength(0)];

        assertEquals(1, Cobs.encode(new byte[0], 0, encoded, 0));
        assertArrayEquals(new byte[] {1}, encoded);
        assertEquals(0, Cobs.decode(encoded, 1, new byte[1]));
    }

    @Test
    @DisplayName("a block that runs past the end of the frame is rejected")
    void blockRunningPastTheEndIsRejected() {
        byte[] truncated = {0x05, 0x11, 0x22};

        assertEquals(-1, Cobs.decode(truncated, truncated.length, new byte[3]));
    }

    @Test
    @DisplayName("a zero byte inside an encoded frame is rejected")
    void zeroInsideAFrameIsRejected() {
        byte[] withZeroCode = {0x02, 0x11, 0x00, 0x22};
        byte[] withZeroData = {0x03, 0x11, 0x00};

        assertEquals(-1, Cobs.decode(withZeroCode, withZeroCode.length, new byte[4]));
        assertEquals(-1, Cobs.decode(withZeroData, withZeroData.length, new byte[3]));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The bytes from {@code first} to {@code last}, both included. */
    private static byte[] range(int first, int last) {
        byte[] bytes = new byte[last - first + 1];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (first + i);
        }
        return bytes;
    }
}
