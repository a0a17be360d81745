package io.itddsim.wire.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.SampleEnvelopes;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.itddsim.wire.frame.WireLimits;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TcpFramingTest {

    private static final int SMALL_MAX = 64;

    private final FrameDropCounters counters = new FrameDropCounters();
    private EmbeddedChannel channel = channelWithMax(WireLimits.DEFAULT_MAX_ENVELOPE_BYTES);

    @AfterEach
    void releaseChannel() {
        channel.finishAndReleaseAll();
    }

    @Test
    @DisplayName("an envelope goes out as its varint length followed by its protobuf bytes")
    void envelopeIsWrittenVarintDelimited() {
        channel.writeOutbound(SampleEnvelopes.heartbeat(1));

        // 0b: 11 bytes follow; 08 01 seq 1; 10 c0 84 3d sim_time_us 1 000 000;
        // 8a 02 02 08 01 field 33 (heartbeat), 2 bytes, run_state RUNNING
        assertEquals(
                "0b" + "0801" + "10c0843d" + "8a0202" + "0801", HexFormat.of().formatHex(readOutbound()));
    }

    @Test
    @DisplayName("envelopes written together, serialized already, go out byte for byte as written one at a time")
    void envelopesWrittenTogetherAreFramedOneByOne() {
        List<Envelope> envelopes = SampleEnvelopes.mixed();
        for (Envelope envelope : envelopes) {
            channel.writeOutbound(envelope);
        }
        byte[] oneByOne = readOutbound();
        io.itddsim.wire.frame.EncodedEnvelope[] encoded = envelopes.stream()
                .map(e -> new io.itddsim.wire.frame.EncodedEnvelope(e.toByteArray(), e.getBodyCase()))
                .toArray(io.itddsim.wire.frame.EncodedEnvelope[]::new);

        channel.writeOutbound(new io.itddsim.wire.frame.EncodedEnvelopes(encoded));

        assertEquals(HexFormat.of().formatHex(oneByOne), HexFormat.of().formatHex(readOutbound()));
    }

    @Test
    @DisplayName("what goes out comes back in, fed one byte at a time, and nothing is left over")
    void roundTripByteAtATime() {
        for (Envelope envelope : SampleEnvelopes.mixed()) {
            channel.writeOutbound(envelope);
        }
        byte[] wire = readOutbound();

        for (byte b : wire) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }

        assertEquals(SampleEnvelopes.mixed(), readInbound());
        assertEquals(0, counters.total());
        assertFalse(channel.finish(), "no message may be left in the channel");
    }

    @Test
    @DisplayName("a partial frame is held until the rest arrives")
    void partialFrameIsHeld() {
        byte[] frame = tcpFrame(SampleEnvelopes.bolusRequest(1));

        channel.writeInbound(Unpooled.wrappedBuffer(frame, 0, frame.length - 1));
        assertNull(channel.readInbound());

        channel.writeInbound(Unpooled.wrappedBuffer(frame, frame.length - 1, 1));
        assertEquals(List.of(SampleEnvelopes.bolusRequest(1)), readInbound());
    }

    @Test
    @DisplayName("an oversize frame is skipped and counted even when its body arrives over many reads")
    void oversizeFrameAcrossReadsIsSkipped() {
        channel = channelWithMax(SMALL_MAX);
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {100}));
        for (int i = 0; i < 10; i++) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[10]));
        }
        channel.writeInbound(Unpooled.wrappedBuffer(tcpFrame(SampleEnvelopes.heartbeat(9))));

        assertEquals(List.of(SampleEnvelopes.heartbeat(9)), readInbound());
        assertEquals(1, counters.count(FrameDropReason.OVERSIZE));
        assertTrue(channel.isOpen(), "an oversize frame must not close the connection");
    }

    @Test
    @DisplayName("a valid frame right behind an oversize one in the same read is delivered at once")
    void frameBehindOversizeFrameInTheSameReadIsDelivered() {
        channel = channelWithMax(SMALL_MAX);
        ByteBuf read = Unpooled.buffer();
        read.writeByte(100).writeZero(100).writeBytes(tcpFrame(SampleEnvelopes.heartbeat(2)));

        channel.writeInbound(read);

        assertEquals(List.of(SampleEnvelopes.heartbeat(2)), readInbound());
        assertEquals(1, counters.count(FrameDropReason.OVERSIZE));
    }

    @Test
    @DisplayName("an intact frame whose bytes are not an envelope is dropped and counted")
    void unparseableFrameIsDropped() {
        // three bytes announced, and they start a varint tag that never ends
        ByteBuf read = Unpooled.wrappedBuffer(new byte[] {3, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        read = Unpooled.wrappedBuffer(read, Unpooled.wrappedBuffer(tcpFrame(SampleEnvelopes.heartbeat(3))));

        channel.writeInbound(read);

        assertEquals(List.of(SampleEnvelopes.heartbeat(3)), readInbound());
        assertEquals(1, counters.count(FrameDropReason.UNPARSEABLE));
        assertTrue(channel.isOpen());
    }

    @Test
    @DisplayName("a length prefix longer than five bytes is counted and closes the connection")
    void malformedLengthClosesTheConnection() {
        byte[] sixContinuationBytes = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};

        channel.writeInbound(Unpooled.wrappedBuffer(sixContinuationBytes));

        assertFalse(channel.isOpen());
        assertEquals(1, counters.count(FrameDropReason.MALFORMED_LENGTH));
        assertNull(channel.readInbound());
    }

    @Test
    @DisplayName("F9: a five-byte length of 2^32 or more is not taken modulo 2^32; it closes the connection")
    void fiveByteLengthsOverflowingThirtyTwoBitsCloseTheConnection() {
        // 80 80 80 80 10 read as an empty frame, 85 80 80 80 10 as length 5, before the fix
        byte[][] prefixes = {
            {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x10},
            {(byte) 0x85, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x10},
            {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F},
            {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08}
        };
        for (byte[] prefix : prefixes) {
            FrameDropCounters own = new FrameDropCounters();
            EmbeddedChannel fresh = new EmbeddedChannel();
            WireCodec.install(fresh.pipeline(), WireFraming.VARINT_DELIMITED, 1 << 20, own);
            ByteBuf read = Unpooled.buffer().writeBytes(prefix).writeBytes(tcpFrame(SampleEnvelopes.heartbeat(1)));

            fresh.writeInbound(read);

            assertFalse(fresh.isOpen(), HexFormat.of().formatHex(prefix));
            assertEquals(1, own.count(FrameDropReason.MALFORMED_LENGTH));
            assertNull(fresh.readInbound(), "nothing after a malformed length is decoded");
        }
    }

    @Test
    @DisplayName("the largest five-byte length below 2^31 is an oversize frame, not a malformed one")
    void largestValidFiveByteLengthIsOversize() {
        channel.writeInbound(
                Unpooled.wrappedBuffer(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07}));

        assertTrue(channel.isOpen());
        assertEquals(1, counters.count(FrameDropReason.OVERSIZE));
    }

    @Test
    @DisplayName("an envelope over the maximum fails its write and nothing is sent")
    void oversizeEnvelopeIsNotSent() {
        channel = channelWithMax(SMALL_MAX);
        Envelope big = SampleEnvelopes.fullStatusSample(1);

        ChannelFuture write = channel.writeOneOutbound(big);
        channel.flushOutbound();

        assertTrue(write.cause() instanceof EncoderException, String.valueOf(write.cause()));
        assertTrue(
                write.cause().getMessage().contains("over the TCP maximum of 64 bytes"),
                write.cause().getMessage());
        assertNull(channel.readOutbound());
    }

    private EmbeddedChannel channelWithMax(int maxEnvelopeBytes) {
        EmbeddedChannel fresh = new EmbeddedChannel();
        WireCodec.install(fresh.pipeline(), WireFraming.VARINT_DELIMITED, maxEnvelopeBytes, counters);
        return fresh;
    }

    private static byte[] tcpFrame(Envelope envelope) {
        EmbeddedChannel encoder = new EmbeddedChannel();
        WireCodec.install(encoder.pipeline(), WireFraming.VARINT_DELIMITED, Integer.MAX_VALUE, new FrameDropCounters());
        encoder.writeOutbound(envelope);
        ByteBuf bytes = encoder.readOutbound();
        byte[] frame = ByteBufUtil.getBytes(bytes);
        bytes.release();
        encoder.finishAndReleaseAll();
        return frame;
    }

    /** Everything written out so far, as one array. */
    private byte[] readOutbound() {
        ByteBuf all = Unpooled.buffer();
        for (ByteBuf part; (part = channel.readOutbound()) != null; ) {
            all.writeBytes(part);
            part.release();
        }
        return ByteBufUtil.getBytes(all);
    }

    private List<Envelope> readInbound() {
        List<Envelope> envelopes = new ArrayList<>();
        for (Envelope envelope; (envelope = channel.readInbound()) != null; ) {
            envelopes.add(envelope);
        }
        return envelopes;
    }
}
