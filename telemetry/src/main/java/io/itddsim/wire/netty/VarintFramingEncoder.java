package io.itddsim.wire.netty;

import io.itddsim.proto.v1.Envelope;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes an Envelope as its varint32 length followed by its bytes, the framing of protobuf's
 * {@code writeDelimitedTo}. Refuses envelopes over the maximum the other end accepts.
 */
final class VarintFramingEncoder extends MessageToByteEncoder<Envelope> {

    private final int maxEnvelopeBytes;

    VarintFramingEncoder(int maxEnvelopeBytes) {
        super(Envelope.class);
        this.maxEnvelopeBytes = maxEnvelopeBytes;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Envelope envelope, ByteBuf out) {
        int size = envelope.getSerializedSize();
        if (size > maxEnvelopeBytes) {
            throw new EncoderException("envelope of " + size + " bytes (" + envelope.getBodyCase() + ") is over the TCP"
                    + " maximum of " + maxEnvelopeBytes + " bytes");
        }
        writeVarint32(out, size);
        out.writeBytes(envelope.toByteArray());
    }

    private static void writeVarint32(ByteBuf out, int value) {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }
}
