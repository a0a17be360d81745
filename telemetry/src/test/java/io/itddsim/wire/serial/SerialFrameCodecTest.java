package io.itddsim.wire.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.SampleEnvelopes;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.itddsim.wire.frame.WireLimits;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SerialFrameCodecTest {

    private static final int MAX = WireLimits.DEFAULT_MAX_ENVELOPE_BYTES;

    private final SerialFrameEncoder encoder = new SerialFrameEncoder(MAX);
    private final FrameDropCounters counters = new FrameDropCounters();
    private final SerialFrameDecoder decoder = new SerialFrameDecoder(MAX, counters);
    private final List<Envelope> received = new ArrayList<>();

    @Test
    @DisplayName("a small envelope is framed as the documented bytes: 00, COBS(envelope + CRC-32C LE), 00")
    void frameBytesAreAsDocumented() {
        // seq 1, hello { protocol_version 1, client_nonce 00 01 }; the vector in docs/PROTOCOL.md,
        // computed independently of this code
        Envelope envelope = Envelope.newBuilder()
                .setSeq(1)
                .setHello(io.itddsim.proto.v1.Hello.newBuilder()
                        .setProtocolVersion(1)
                        .setClientNonce(com.google.protobuf.ByteString.copyFrom(new byte[] {0, 1})))
                .build();

        assertEquals("08015206080132020001", HexFormat.of().formatHex(envelope.toByteArray()));
        assertEquals(
                "00" + "09" + "0801520608013202" + "06" + "01" + "2e49e44c" + "00",
                HexFormat.of().formatHex(encoder.encode(envelope)));
    }

    @Test
    @DisplayName("envelopes of every kind come out of the decoder as they went into the encoder")
    void envelopesSurviveARoundTrip() {
        feed(stream(SampleEnvelopes.mixed()));

        assertEquals(SampleEnvelopes.mixed(), received);
        assertEquals(0, counters.total());
    }

    @Test
    @DisplayName("a stream cut into two chunks at any byte position decodes the same")
    void streamSplitAtEveryPositionDecodes() {
        byte[] stream = stream(SampleEnvelopes.mixed());
        for (int cut = 0; cut <= stream.length; cut++) {
            received.clear();
            decoder.feed(stream, 0, cut, received::add);
            decoder.feed(stream, cut, stream.length - cut, received::add);

            assertEquals(SampleEnvelopes.mixed(), received, "cut at byte " + cut);
        }
        assertEquals(0, counters.total());
    }

    @Test
    @DisplayName("a stream fed one byte at a time decodes the same")
    void byteAtATimeDecodes() {
        byte[] stream = stream(SampleEnvelopes.mixed());
        for (int i = 0; i < stream.length; i++) {
            decoder.feed(stream, i, 1, received::add);
        }

        assertEquals(SampleEnvelopes.mixed(), received);
    }

    @Test
    @DisplayName("garbage before, between and after frames is dropped and counted, every frame survives")
    void garbageBetweenFramesIsDropped() {
        byte[] garbageWithoutZeros = {0x13, 0x37, (byte) 0xFF, 0x01, 0x7E};
        // [05] and [42 43] announce blocks longer than themselves; [01 01] decodes to one byte
        byte[] garbageWithZeros = {0x00, 0x05, 0x00, 0x42, 0x43, 0x00, 0x01, 0x01, 0x00, 0x00, 0x09};
        List<Envelope> envelopes = SampleEnvelopes.mixed();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(garbageWithoutZeros);
        line.writeBytes(encoder.encode(envelopes.get(0)));
        line.writeBytes(garbageWithZeros);
        line.writeBytes(encoder.encode(envelopes.get(1)));
        line.writeBytes(garbageWithoutZeros);
        line.writeBytes(encoder.encode(envelopes.get(2)));
        line.writeBytes(encoder.encode(envelopes.get(3)));
        line.writeBytes(garbageWithoutZeros);

        feed(line.toByteArray());

        assertEquals(envelopes, received);
        // garbage ends at the next delimiter: before frame 0, three runs between frames 0 and 1
        // (the last, [09], ends at frame 1's leading delimiter), one before frame 2; the garbage
        // after frame 3 still waits for its delimiter
        assertEquals(
                Map.of(
                        FrameDropReason.OVERSIZE, 0L,
                        FrameDropReason.MALFORMED_LENGTH, 0L,
                        FrameDropReason.BAD_COBS, 5L,
                        FrameDropReason.TOO_SHORT, 1L,
                        FrameDropReason.BAD_CRC, 0L,
                        FrameDropReason.UNPARSEABLE, 0L),
                counters.snapshot());
    }

    @Test
    @DisplayName("a single bit flipped anywhere in a frame is detected and the next frame survives")
    void singleBitFlipsAreDetected() {
        Envelope first = SampleEnvelopes.bolusRequest(1);
        Envelope second = SampleEnvelopes.heartbeat(2);
        byte[] frame = encoder.encode(first);
        byte[] next = encoder.encode(second);

        for (int bit = 0; bit < frame.length * 8; bit++) {
            byte[] flipped = frame.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            FrameDropCounters flipCounters = new FrameDropCounters();
            SerialFrameDecoder fresh = new SerialFrameDecoder(MAX, flipCounters);
            List<Envelope> out = new ArrayList<>();

            fresh.feed(flipped, out::add);
            fresh.feed(next, out::add);

            assertEquals(List.of(second), out, "bit " + bit + " flipped");
            assertTrue(flipCounters.total() >= 1, "bit " + bit + " flipped but no drop counted");
        }
    }

    @Test
    @DisplayName("a frame longer than the maximum is dropped and counted, the next frame survives")
    void oversizeFrameIsDropped() {
        Envelope big = SampleEnvelopes.fullStatusSample(1);
        SerialFrameDecoder small = new SerialFrameDecoder(big.getSerializedSize() - 1, counters);
        byte[] line = concat(encoder.encode(big), encoder.encode(SampleEnvelopes.heartbeat(2)));

        small.feed(line, received::add);

        assertEquals(List.of(SampleEnvelopes.heartbeat(2)), received);
        assertEquals(1, counters.count(FrameDropReason.OVERSIZE));
        assertEquals(1, counters.total());
    }

    @Test
    @DisplayName("a run of nonzero bytes far beyond the maximum is counted once and held in bounded memory")
    void endlessGarbageIsCountedOnce() {
        SerialFrameDecoder small = new SerialFrameDecoder(16, counters);
        byte[] noise = new byte[100_000];
        Arrays.fill(noise, (byte) 0x55);

        small.feed(noise, received::add);
        small.feed(encoder.encode(SampleEnvelopes.heartbeat(1)), received::add);

        assertEquals(List.of(SampleEnvelopes.heartbeat(1)), received);
        assertEquals(1, counters.count(FrameDropReason.OVERSIZE));
    }

    @Test
    @DisplayName("a frame with a good CRC whose bytes are not an envelope is dropped as unparseable")
    void unparseablePayloadIsDropped() {
        // field 1 as a length-delimited field announcing more bytes than there are
        byte[] notAnEnvelope = {0x0A, 0x7F, 0x01, 0x02, 0, 0, 0, 0};
        FrameCheck.append(notAnEnvelope, 4);

        feed(concat(SerialFrameEncoder.encodeChecked(notAnEnvelope), encoder.encode(SampleEnvelopes.heartbeat(1))));

        assertEquals(List.of(SampleEnvelopes.heartbeat(1)), received);
        assertEquals(1, counters.count(FrameDropReason.UNPARSEABLE));
    }

    @Test
    @DisplayName("the encoder refuses an envelope larger than the maximum, naming sizes and body")
    void encoderRefusesOversizeEnvelope() {
        Envelope big = SampleEnvelopes.fullStatusSample(1);
        SerialFrameEncoder small = new SerialFrameEncoder(10);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.encode(big));
        assertTrue(e.getMessage().contains(big.getSerializedSize() + " bytes (STATUS_SAMPLE)"), e.getMessage());
        assertTrue(e.getMessage().contains("maximum of 10 bytes"), e.getMessage());
    }

    @Test
    @DisplayName("status samples at 10 Hz take at most a quarter of a 115200 baud line")
    void statusSampleFitsTheLineBudget() {
        // 8N1: ten bit times per byte; the other three quarters are for alarms, events and replies
        int lineBytesPerSecond = 115_200 / 10;
        int frameBytes = encoder.encode(SampleEnvelopes.fullStatusSample(Long.MAX_VALUE)).length;

        assertTrue(frameBytes * 10 <= lineBytesPerSecond / 4, "a full status sample frame is " + frameBytes + " bytes");
    }

    private void feed(byte[] bytes) {
        decoder.feed(bytes, received::add);
    }

    private byte[] stream(List<Envelope> envelopes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        envelopes.forEach(envelope -> out.writeBytes(encoder.encode(envelope)));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
