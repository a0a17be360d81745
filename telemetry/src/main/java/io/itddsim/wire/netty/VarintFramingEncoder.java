package io.itddsim.wire.netty;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.EncodedEnvelope;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes an Envelope as its varint32 length followed by its bytes, the framing of protobuf's
 * {@code writeDelimitedTo}. Refuses envelopes over the maximum the other end accepts.
 */
final class VarintFramingEncoder extends MessageToByteEncoder<Object> {

    private final int maxEnvelopeBytes;

    VarintFramingEncoder(int maxEnvelopeBytes) {
        super(Object.class);
        this.maxEnvelopeBytes = maxEnvelopeBytes;
    }

    /** An {@link Envelope}, or one serialized already ({@link EncodedEnvelope}, what the pump writes). */
    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof Envelope || msg instanceof EncodedEnvelope;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
        if (msg instanceof EncodedEnvelope encoded) {
            frame(encoded.bytes(), encoded.body(), out);
        } else {
            Envelope envelope = (Envelope) msg;
            frame(envelope.toByteArray(), envelope.getBodyCase(), out);
        }
    }

    private void frame(byte[] envelope, Envelope.BodyCase body, ByteBuf out) {
        if (envelope.length > maxEnvelopeBytes) {
            throw new EncoderException("envelope of " + envelope.length + " bytes (" + body + ") is over the TCP"
                    + " maximum of " + maxEnvelopeBytes + " bytes");
        }
        writeVarint32(out, envelope.length);
        out.writeBytes(envelope);
    }

    private static void writeVarint32(ByteBuf out, int value) {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }
}
