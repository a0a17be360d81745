package io.itddsim.wire.tcp;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.EncodedEnvelope;
import io.itddsim.wire.frame.EncodedEnvelopes;
import io.itddsim.wire.linkfault.ImpairedDirection;
import io.itddsim.wire.linkfault.Impairment;
import io.itddsim.wire.linkfault.LinkConditions;
import io.itddsim.wire.linkfault.LinkDirection;
import io.itddsim.wire.linkfault.LinkFaults;
import io.itddsim.wire.linkfault.LinkTransport;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.PromiseCombiner;
import java.util.concurrent.TimeUnit;

/**
 * Link faults on one TCP connection, between the codec and the session, at the level TCP works
 * at: a frame hit by byte loss or a bit error is lost whole (TCP never hands damaged bytes to an
 * application), frames are delayed by latency, jitter and a rate limit in order, and while a
 * disconnect is armed a new connection is cut at once. Frames held back count against the
 * channel's writability, so a rate-limited client sees conflated samples as a slow one does.
 */
final class TcpLinkFaultHandler extends ChannelDuplexHandler {

    /** Index of the writability bit this handler owns (Netty offers 1 to 31 for users). */
    private static final int WRITABILITY_INDEX = 1;

    private static final long HIGH_WATER_BYTES = 64 * 1024;
    private static final long LOW_WATER_BYTES = 32 * 1024;

    private final LinkFaults faults;
    private final ImpairedDirection toPump;
    private final ImpairedDirection fromPump;
    private long heldBytes;

    TcpLinkFaultHandler(LinkFaults faults, long connectionNumber) {
        this.faults = faults;
        this.toPump = new ImpairedDirection(LinkDirection.TO_PUMP, faults.counters(), connectionNumber);
        this.fromPump = new ImpairedDirection(LinkDirection.FROM_PUMP, faults.counters(), connectionNumber);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (faults.conditions(LinkTransport.TCP).disconnectedAt(System.nanoTime())) {
            ctx.close();
            return;
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        LinkConditions c = faults.conditions(LinkTransport.TCP);
        if (!(msg instanceof Envelope envelope) || c.generation() == 0) {
            ctx.fireChannelRead(msg);
            return;
        }
        Impairment impairment = toPump.impairment(c);
        int size = envelope.getSerializedSize();
        if (!toPump.frameSurvives(size, impairment)) {
            return;
        }
        if (!impairment.delays()) {
            ctx.fireChannelRead(envelope);
            return;
        }
        long now = System.nanoTime();
        long delay = toPump.arrivalNanos(now, size, impairment) - now;
        ctx.executor().schedule(() -> ctx.fireChannelRead(envelope), Math.max(0, delay), TimeUnit.NANOSECONDS);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        LinkConditions c = faults.conditions(LinkTransport.TCP);
        if (msg instanceof EncodedEnvelopes batch && c.generation() != 0) {
            // faults act frame by frame, as on envelopes written one at a time
            PromiseCombiner all = new PromiseCombiner(ctx.executor());
            for (EncodedEnvelope frame : batch.frames()) {
                ChannelPromise each = ctx.newPromise();
                all.add(each);
                write(ctx, frame, each);
            }
            all.finish(promise);
            return;
        }
        int size = msg instanceof EncodedEnvelope encoded
                ? encoded.bytes().length
                : msg instanceof Envelope e ? e.getSerializedSize() : -1;
        if (size < 0 || c.generation() == 0) {
            ctx.write(msg, promise);
            return;
        }
        Object envelope = msg;
        Impairment impairment = fromPump.impairment(c);
        if (!fromPump.frameSurvives(size, impairment)) {
            // lost on the way, as far as the client can tell; the sender learns nothing
            promise.trySuccess();
            return;
        }
        if (!impairment.delays()) {
            ctx.write(envelope, promise);
            return;
        }
        long now = System.nanoTime();
        long delay = fromPump.arrivalNanos(now, size, impairment) - now;
        hold(ctx, size);
        ctx.executor()
                .schedule(
                        () -> {
                            release(ctx, size);
                            ctx.writeAndFlush(envelope, promise);
                        },
                        Math.max(0, delay),
                        TimeUnit.NANOSECONDS);
    }

    private void hold(ChannelHandlerContext ctx, int size) {
        heldBytes += size;
        if (heldBytes > HIGH_WATER_BYTES) {
            setWritable(ctx, false);
        }
    }

    private void release(ChannelHandlerContext ctx, int size) {
        heldBytes -= size;
        if (heldBytes < LOW_WATER_BYTES) {
            setWritable(ctx, true);
        }
    }

    private static void setWritable(ChannelHandlerContext ctx, boolean writable) {
        ChannelOutboundBuffer buffer = ctx.channel().unsafe().outboundBuffer();
        if (buffer != null) {
            buffer.setUserDefinedWritability(WRITABILITY_INDEX, writable);
        }
    }
}
