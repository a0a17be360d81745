package io.itddsim.wire.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.SampleEnvelopes;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.itddsim.wire.serial.SerialFrameEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The serial framing installed by {@link WireCodec}, as a serial adapter would use it. */
class SerialFramingPipelineTest {

  private static final int MAX = 1024;

  private final FrameDropCounters counters = new FrameDropCounters();
  private final EmbeddedChannel channel = new EmbeddedChannel();

  SerialFramingPipelineTest() {
    WireCodec.install(channel.pipeline(), WireFraming.SERIAL_COBS, MAX, counters);
  }

  @AfterEach
  void releaseChannel() {
    channel.finishAndReleaseAll();
  }

  @Test
  @DisplayName("an envelope goes out as exactly the bytes of the serial frame encoder")
  void outboundBytesAreTheSerialFrame() {
    channel.writeOutbound(SampleEnvelopes.helloWithZeros(1));

    ByteBuf out = channel.readOutbound();
    assertTrue(
        Arrays.equals(new SerialFrameEncoder(MAX).encode(SampleEnvelopes.helloWithZeros(1)), ByteBufUtil.getBytes(out)));
    out.release();
  }

  @Test
  @DisplayName("what goes out comes back in one byte at a time, with garbage before each frame dropped")
  void roundTripWithGarbage() {
    for (Envelope envelope : SampleEnvelopes.mixed()) {
      channel.writeOutbound(envelope);
    }
    List<byte[]> frames = new ArrayList<>();
    for (ByteBuf frame; (frame = channel.readOutbound()) != null; ) {
      frames.add(ByteBufUtil.getBytes(frame));
      frame.release();
    }

    for (byte[] frame : frames) {
      channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x42, 0x42, 0x42}));
      for (byte b : frame) {
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
      }
    }

    List<Envelope> received = new ArrayList<>();
    for (Envelope envelope; (envelope = channel.readInbound()) != null; ) {
      received.add(envelope);
    }
    assertEquals(SampleEnvelopes.mixed(), received);
    assertEquals(4, counters.count(FrameDropReason.BAD_COBS));
    assertFalse(channel.finish());
  }

  @Test
  @DisplayName("an envelope over the maximum fails its write and nothing is sent")
  void oversizeEnvelopeIsNotSent() {
    EmbeddedChannel small = new EmbeddedChannel();
    WireCodec.install(small.pipeline(), WireFraming.SERIAL_COBS, 16, counters);

    ChannelFuture write = small.writeOneOutbound(SampleEnvelopes.fullStatusSample(1));
    small.flushOutbound();

    assertTrue(write.cause().getMessage().contains("over the serial maximum of 16 bytes"), write.cause().getMessage());
    assertNull(small.readOutbound());
    small.finishAndReleaseAll();
  }
}
