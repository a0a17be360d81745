package io.itddsim.wire.netty;

import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts varint32-delimited frames (protobuf's {@code writeDelimitedTo}) out of a TCP stream, with a
 * maximum, counting rather than throwing.
 *
 * <p>The length prefix must be a varint of at most five bytes whose value fits in 31 bits: a
 * fifth byte above {@code 0x07} (a length of 2^31 or more, which Netty's own decoder would take
 * modulo 2^32) or a fifth byte with its continuation bit set is a malformed length. It is counted
 * and the connection is closed, since no later byte can be trusted to start a frame. A length
 * over the maximum is counted as oversize and its bytes are skipped as they arrive; decoding goes
 * on with the next frame, even in the same buffer.
 */
final class BoundedVarint32FrameDecoder extends ByteToMessageDecoder {

    private static final int MAX_PREFIX_BYTES = 5;
    /** Largest fifth byte of a varint whose value is below 2^31. */
    private static final int MAX_FIFTH_BYTE = 0x07;

    private final int maxEnvelopeBytes;
    private final FrameDropCounters counters;
    private long skipping;
    private boolean closing;

    BoundedVarint32FrameDecoder(int maxEnvelopeBytes, FrameDropCounters counters) {
        this.maxEnvelopeBytes = maxEnvelopeBytes;
        this.counters = counters;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (true) {
            if (closing) {
                in.skipBytes(in.readableBytes());
                return;
            }
            if (skipping > 0) {
                int n = (int) Math.min(skipping, in.readableBytes());
                in.skipBytes(n);
                skipping -= n;
                if (skipping > 0) {
                    return;
                }
            }
            if (!in.isReadable()) {
                return;
            }
            in.markReaderIndex();
            long length = readLength(in);
            if (length == INCOMPLETE) {
                in.resetReaderIndex();
                return;
            }
            if (length == MALFORMED) {
                counters.record(FrameDropReason.MALFORMED_LENGTH);
                closing = true;
                in.skipBytes(in.readableBytes());
                ctx.close();
                return;
            }
            if (length > maxEnvelopeBytes) {
                counters.record(FrameDropReason.OVERSIZE);
                skipping = length;
                continue;
            }
            if (in.readableBytes() < length) {
                in.resetReaderIndex();
                return;
            }
            out.add(in.readRetainedSlice((int) length));
        }
    }

    private static final long INCOMPLETE = -1;
    private static final long MALFORMED = -2;

    /** The length prefix at the reader index, INCOMPLETE when more bytes are needed, or MALFORMED. */
    private static long readLength(ByteBuf in) {
        long value = 0;
        for (int i = 0; i < MAX_PREFIX_BYTES; i++) {
            if (!in.isReadable()) {
                return INCOMPLETE;
            }
            int b = in.readByte() & 0xff;
            if (i == MAX_PREFIX_BYTES - 1 && b > MAX_FIFTH_BYTE) {
                return MALFORMED; // 2^31 or more, or a sixth byte announced
            }
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return MALFORMED;
    }
}
