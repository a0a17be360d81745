package io.itddsim.wire.netty;

import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import java.util.List;

/**
 * Netty's varint32 frame decoder with its maximum, made to count rather than throw.
 *
 * <p>Oversize: Netty skips the announced number of bytes (across reads if need be) and throws;
 * we count the frame and carry on decoding the same buffer, so a valid frame right behind an
 * oversize one is not held back until the next read. Malformed length: we count it and close
 * the connection, since no later byte can be trusted to start a frame.
 */
final class BoundedVarint32FrameDecoder extends ProtobufVarint32FrameDecoder {

    private final FrameDropCounters counters;
    private boolean closing;

    BoundedVarint32FrameDecoder(int maxEnvelopeBytes, FrameDropCounters counters) {
        super(maxEnvelopeBytes);
        this.counters = counters;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        if (closing) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            super.decode(ctx, in, out);
        } catch (TooLongFrameException e) {
            counters.record(FrameDropReason.OVERSIZE);
        } catch (CorruptedFrameException e) {
            counters.record(FrameDropReason.MALFORMED_LENGTH);
            closing = true;
            in.skipBytes(in.readableBytes());
            ctx.close();
        }
    }
}
