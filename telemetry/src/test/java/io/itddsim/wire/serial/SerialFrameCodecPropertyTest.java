package io.itddsim.wire.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.LogEvent;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SerialFrameCodecPropertyTest {

    private static final int MAX = 4096;

    @Property
    @Label("COBS output holds no zero byte and decodes to the input")
    void cobsRoundTrips(@ForAll @Size(max = 1200) byte[] plain) {
        byte[] encoded = new byte[Cobs.maxEncodedLength(plain.length)];
        int encodedLength = Cobs.encode(plain, plain.length, encoded, 0);
        byte[] decoded = new byte[encodedLength];
        int decodedLength = Cobs.decode(encoded, encodedLength, decoded);

        for (int i = 0; i < encodedLength; i++) {
            assertTrue(encoded[i] != 0, "zero at " + i);
        }
        assertArrayEquals(plain, Arrays.copyOf(decoded, decodedLength));
    }

    @Property
    @Label("random envelopes, cut into random chunks, decode to themselves with nothing dropped")
    void envelopesRoundTripInAnyChunking(
            @ForAll("envelopes") List<Envelope> envelopes, @ForAll @IntRange(min = 1, max = 64) int chunk) {
        SerialFrameEncoder encoder = new SerialFrameEncoder(MAX);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        envelopes.forEach(envelope -> line.writeBytes(encoder.encode(envelope)));
        byte[] bytes = line.toByteArray();
        FrameDropCounters counters = new FrameDropCounters();
        SerialFrameDecoder decoder = new SerialFrameDecoder(MAX, counters);
        List<Envelope> received = new ArrayList<>();

        for (int offset = 0; offset < bytes.length; offset += chunk) {
            decoder.feed(bytes, offset, Math.min(chunk, bytes.length - offset), received::add);
        }

        assertEquals(envelopes, received);
        assertEquals(0, counters.total());
    }

    @Property
    @Label("random bytes never make the decoder throw, and a frame after them still decodes")
    void randomBytesNeverThrow(@ForAll @Size(max = 3000) byte[] noise, @ForAll @IntRange(min = 1, max = 97) int chunk) {
        SerialFrameDecoder decoder = new SerialFrameDecoder(256, new FrameDropCounters());
        List<Envelope> received = new ArrayList<>();
        for (int offset = 0; offset < noise.length; offset += chunk) {
            decoder.feed(noise, offset, Math.min(chunk, noise.length - offset), received::add);
        }
        received.clear();
        Envelope after = Envelope.newBuilder().setSeq(7).build();

        decoder.feed(new SerialFrameEncoder(256).encode(after), received::add);

        assertEquals(List.of(after), received);
    }

    @Property
    @Label("random payloads with a valid CRC are either an envelope or counted as unparseable")
    void randomPayloadsWithValidCrcNeverThrow(@ForAll @Size(max = 300) byte[] payload) {
        byte[] checked = Arrays.copyOf(payload, payload.length + FrameCheck.LENGTH_BYTES);
        FrameCheck.append(checked, payload.length);
        FrameDropCounters counters = new FrameDropCounters();
        List<Envelope> received = new ArrayList<>();

        new SerialFrameDecoder(MAX, counters).feed(SerialFrameEncoder.encodeChecked(checked), received::add);

        assertEquals(1, received.size() + counters.count(FrameDropReason.UNPARSEABLE));
        assertEquals(counters.count(FrameDropReason.UNPARSEABLE), counters.total());
    }

    @Provide
    Arbitrary<List<Envelope>> envelopes() {
        Arbitrary<Envelope> status = Combinators.combine(
                        Arbitraries.longs().greaterOrEqual(0),
                        Arbitraries.longs(),
                        Arbitraries.strings().ofMaxLength(40).list().ofMaxSize(4))
                .as((seq, delivered, faults) -> Envelope.newBuilder()
                        .setSeq(seq)
                        .setStatusSample(StatusSample.newBuilder()
                                .setIntrathecalNl(delivered)
                                .addAllActiveFaults(faults))
                        .build());
        Arbitrary<Envelope> log = Combinators.combine(
                        Arbitraries.longs(), Arbitraries.strings().ofMaxLength(600))
                .as((index, detail) -> Envelope.newBuilder()
                        .setLogEvent(LogEvent.newBuilder()
                                .setEntry(EventLogEntry.newBuilder()
                                        .setIndex(index)
                                        .setDetail(detail)))
                        .build());
        return Arbitraries.oneOf(status, log).list().ofMaxSize(8);
    }
}
