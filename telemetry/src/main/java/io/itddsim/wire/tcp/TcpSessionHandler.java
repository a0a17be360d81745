package io.itddsim.wire.tcp;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.EncodedEnvelope;
import io.itddsim.wire.frame.EncodedEnvelopes;
import io.itddsim.wire.metrics.TransportMetrics;
import io.itddsim.wire.session.OutboundMailbox;
import io.itddsim.wire.session.ServerSession;
import io.itddsim.wire.session.SessionServices;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds one TCP connection to a {@link ServerSession}: envelopes in, the session's mailbox out.
 * The mailbox is drained on the channel's event loop only while Netty says the channel is
 * writable, so a slow client's backlog stays in the mailbox (where status samples are conflated)
 * and never in the sim loop. Alarms, log events and replies are written at once; status samples
 * may gather for {@link TcpServerOptions#sampleBatchMicros()} and go out together, so a client
 * taking a sample every tick costs one write a batch, not one a sample.
 */
final class TcpSessionHandler extends SimpleChannelInboundHandler<Envelope> implements ServerSession.Closer {

    private static final Logger log = LoggerFactory.getLogger(TcpSessionHandler.class);

    private final SessionServices services;
    private final TransportMetrics metrics;
    private final TcpServerOptions options;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    /** Samples are coming: a periodic flush is running or about to (cleared by the flush when they stop). */
    private final AtomicBoolean samplesFlowing = new AtomicBoolean();

    private Channel channel;
    private OutboundMailbox mailbox;
    private ServerSession session;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> handshakeDeadline;
    /** Envelopes written together go out in pieces of about this size (a 16 KiB TCP write). */
    private static final int GATHER_BYTES = 16 * 1024;

    // event loop only
    private ScheduledFuture<?> sampleFlush;
    private final java.util.List<EncodedEnvelope> gathered = new java.util.ArrayList<>();
    private int gatheredBytes;
    private volatile boolean closing;

    TcpSessionHandler(SessionServices services, TransportMetrics metrics, TcpServerOptions options) {
        super(Envelope.class);
        this.services = services;
        this.metrics = metrics;
        this.options = options;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        mailbox = new OutboundMailbox(
                options.backlogLimit(),
                options.sampleDepth(),
                this::wake,
                options.sampleBatchMicros() == 0 ? this::wake : this::wakeForSamples);
        session = new ServerSession(services, mailbox, metrics, this, false, "tcp " + channel.remoteAddress());
        heartbeat = ctx.executor()
                .scheduleAtFixedRate(
                        session::heartbeat,
                        options.heartbeatMillis(),
                        options.heartbeatMillis(),
                        TimeUnit.MILLISECONDS);
        handshakeDeadline = ctx.executor()
                .schedule(
                        () -> {
                            if (!session.established()) {
                                log.info(
                                        "tcp {}: no handshake within {} ms, closing",
                                        channel.remoteAddress(),
                                        options.handshakeTimeoutMillis());
                                ctx.close();
                            }
                        },
                        options.handshakeTimeoutMillis(),
                        TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Envelope envelope) {
        session.onEnvelope(envelope);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        heartbeat.cancel(false);
        handshakeDeadline.cancel(false);
        if (sampleFlush != null) {
            sampleFlush.cancel(false);
        }
        session.onClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            drain();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a reset connection or a failed write: the client is gone or broken, never the pump
        log.debug("tcp {}: closing after {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    @Override
    public void closeAfterFlush() {
        closing = true;
        wake();
    }

    /** Any thread: schedules one drain on the event loop unless one is pending. */
    private void wake() {
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::drain);
        }
    }

    /**
     * Sim thread: a status sample is waiting. While samples keep coming, a flush every batch period
     * writes the ones that gathered (so this costs the sim thread one read, and allocates nothing);
     * the first sample after a pause starts it.
     */
    private void wakeForSamples() {
        if (!samplesFlowing.get() && samplesFlowing.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::startSampleFlush);
        }
    }

    private void startSampleFlush() {
        if (sampleFlush == null && channel.isActive()) {
            long period = options.sampleBatchMicros();
            sampleFlush =
                    channel.eventLoop().scheduleAtFixedRate(this::flushSamples, period, period, TimeUnit.MICROSECONDS);
        }
    }

    /** Every batch period while samples come: writes them; a period without any stops the flush. */
    private void flushSamples() {
        if (mailbox.hasSamples()) {
            drain();
            return;
        }
        sampleFlush.cancel(false);
        sampleFlush = null;
        samplesFlowing.set(false);
        // a sample that came after the look above saw the flag still set: start again for it
        if (mailbox.hasSamples() && samplesFlowing.compareAndSet(false, true)) {
            startSampleFlush();
        }
    }

    private void drain() {
        drainScheduled.set(false);
        if (!channel.isActive()) {
            return;
        }
        ChannelFuture last = null;
        while (closing || channel.isWritable()) {
            EncodedEnvelope next = mailbox.pollMustDeliver();
            if (next == null) {
                break;
            }
            last = gather(next, last);
        }
        last = writeGathered(last);
        while (!closing && channel.isWritable()) {
            EncodedEnvelope sample = mailbox.pollSample();
            if (sample == null) {
                break;
            }
            last = gather(sample, last);
        }
        last = writeGathered(last);
        channel.flush();
        if (closing) {
            if (last != null) {
                last.addListener(ChannelFutureListener.CLOSE);
            } else {
                channel.close();
            }
        }
    }

    /**
     * Adds an envelope to the ones written together; writes them once they reach {@link
     * #GATHER_BYTES}, so the channel's writability (which only a write updates) is looked at again.
     */
    private ChannelFuture gather(EncodedEnvelope envelope, ChannelFuture last) {
        metrics.frameOut(envelope.body());
        gathered.add(envelope);
        gatheredBytes += envelope.bytes().length;
        return gatheredBytes >= GATHER_BYTES ? writeGathered(last) : last;
    }

    private ChannelFuture writeGathered(ChannelFuture last) {
        if (gathered.isEmpty()) {
            return last;
        }
        Object message =
                gathered.size() == 1 ? gathered.get(0) : new EncodedEnvelopes(gathered.toArray(new EncodedEnvelope[0]));
        gathered.clear();
        gatheredBytes = 0;
        return channel.write(message);
    }
}
