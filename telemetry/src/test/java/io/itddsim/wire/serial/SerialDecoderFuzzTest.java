package io.itddsim.wire.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import java.util.ArrayList;
import java.util.List;

/**
 * The serial decoder (COBS, CRC-32C, envelope) on arbitrary bytes in arbitrary chunks: it never
 * throws, and whatever it accepts re-encodes to a frame that decodes to the same envelope.
 */
class SerialDecoderFuzzTest {

    private static final int SMALL_MAX = 256;

    @FuzzTest(maxDuration = "60s")
    void serialDecoderNeverThrows(FuzzedDataProvider data) {
        FrameDropCounters counters = new FrameDropCounters();
        SerialFrameDecoder decoder = new SerialFrameDecoder(SMALL_MAX, counters);
        List<Envelope> decoded = new ArrayList<>();
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 64));
            decoder.feed(chunk, decoded::add);
        }
        SerialFrameEncoder encoder = new SerialFrameEncoder(SMALL_MAX);
        for (Envelope envelope : decoded) {
            List<Envelope> again = new ArrayList<>();
            new SerialFrameDecoder(SMALL_MAX, new FrameDropCounters()).feed(encoder.encode(envelope), again::add);
            assertEquals(List.of(envelope), again);
        }
    }
}
