package io.itddsim.wire.netty;

import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.serial.SerialFrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/** Puts the pure {@link SerialFrameDecoder} in a pipeline; it keeps the partial frame itself. */
final class SerialFramingDecoder extends ByteToMessageDecoder {

  private final SerialFrameDecoder decoder;

  SerialFramingDecoder(int maxEnvelopeBytes, FrameDropCounters counters) {
    this.decoder = new SerialFrameDecoder(maxEnvelopeBytes, counters);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    byte[] chunk = ByteBufUtil.getBytes(in);
    in.skipBytes(chunk.length);
    decoder.feed(chunk, out::add);
  }
}
