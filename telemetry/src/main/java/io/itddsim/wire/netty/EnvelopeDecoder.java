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
        try {
            // parsed where the frame lies, not copied out first (protobuf copies what it keeps)
            out.add(
                    frame.nioBufferCount() == 1
                            ? Envelope.parser().parseFrom(frame.nioBuffer())
                            : Envelope.parser().parseFrom(ByteBufUtil.getBytes(frame)));
        } catch (InvalidProtocolBufferException e) {
            counters.record(FrameDropReason.UNPARSEABLE);
        }
    }
}
