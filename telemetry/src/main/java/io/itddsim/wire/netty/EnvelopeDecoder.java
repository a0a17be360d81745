package io.itddsim.wire.netty;

import com.google.protobuf.InvalidProtocolBufferException;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Parses one frame into an Envelope. A frame that does not parse is counted and dropped: the
 * framing around it is intact, so the next frame is unaffected.
 */
final class EnvelopeDecoder extends MessageToMessageDecoder<ByteBuf> {

    private final FrameDropCounters counters;

    EnvelopeDecoder(FrameDropCounters counters) {
        super(ByteBuf.class);
        this.counters = counters;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        // copied out once: parsing a direct buffer where it lies copies it as well, and slices it first
        byte[] bytes = ByteBufUtil.getBytes(frame);
        try {
            out.add(Envelope.parser().parseFrom(bytes));
        } catch (InvalidProtocolBufferException e) {
            counters.record(FrameDropReason.UNPARSEABLE);
        }
    }
}
