package io.itddsim.wire.netty;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.serial.SerialFrameEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/** Puts the pure {@link SerialFrameEncoder} in a pipeline. */
final class SerialFramingEncoder extends MessageToByteEncoder<Envelope> {

  private final SerialFrameEncoder encoder;

  SerialFramingEncoder(int maxEnvelopeBytes) {
    super(Envelope.class);
    this.encoder = new SerialFrameEncoder(maxEnvelopeBytes);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, Envelope envelope, ByteBuf out) {
    try {
      out.writeBytes(encoder.encode(envelope));
    } catch (IllegalArgumentException e) {
      throw new EncoderException(e.getMessage(), e);
    }
  }
}
