package io.itddsim.wire.netty;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.EncodedEnvelope;
import io.itddsim.wire.frame.EncodedEnvelopes;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes an Envelope as its varint32 length followed by its bytes, the framing of protobuf's
 * {@code writeDelimitedTo}. Refuses envelopes over the maximum the other end accepts.
 */
final class VarintFramingEncoder extends MessageToByteEncoder<Object> {

    private static final int MAX_VARINT32_BYTES = 5;

    private final int maxEnvelopeBytes;

    VarintFramingEncoder(int maxEnvelopeBytes) {
        super(Object.class);
        this.maxEnvelopeBytes = maxEnvelopeBytes;
    }

    /**
     * An {@link Envelope}, or one serialized already ({@link EncodedEnvelope}, what the pump writes),
     * or several of those to frame one after the other into one buffer ({@link EncodedEnvelopes}).
     */
    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof Envelope || msg instanceof EncodedEnvelope || msg instanceof EncodedEnvelopes;
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Object msg, boolean preferDirect) {
        int envelopes = msg instanceof EncodedEnvelopes batch
                ? batch.envelopeBytes() + MAX_VARINT32_BYTES * batch.frames().length
                : msg instanceof EncodedEnvelope one ? one.bytes().length + MAX_VARINT32_BYTES : 256;
        return preferDirect ? ctx.alloc().ioBuffer(envelopes) : ctx.alloc().heapBuffer(envelopes);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
        if (msg instanceof EncodedEnvelopes batch) {
            for (EncodedEnvelope encoded : batch.frames()) {
                frame(encoded.bytes(), encoded.body(), out);
            }
        } else if (msg instanceof EncodedEnvelope encoded) {
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
