package io.itddsim.wire.client;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.WireLimits;
import io.itddsim.wire.netty.WireCodec;
import io.itddsim.wire.netty.WireFraming;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** A TCP connection to a pump, with the same codec as the pump's side (WireCodec). */
public final class TcpClientLink implements ClientLink {

    private final EventLoopGroup group;
    private final Channel channel;
    private final FrameDropCounters drops;
    private final String description;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private TcpClientLink(EventLoopGroup group, Channel channel, FrameDropCounters drops, String description) {
        this.group = group;
        this.channel = channel;
        this.drops = drops;
        this.description = description;
    }

    public static ClientLink.Opener to(InetSocketAddress address) {
        return listener -> connect(address, listener);
    }

    public static TcpClientLink connect(InetSocketAddress address, Listener listener) throws InterruptedException {
        EventLoopGroup group =
                new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("itdd-client"), NioIoHandler.newFactory());
        FrameDropCounters drops = new FrameDropCounters();
        try {
            Bootstrap bootstrap = new Bootstrap()
                    .group(group)
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            WireCodec.install(
                                    ch.pipeline(),
                                    WireFraming.VARINT_DELIMITED,
                                    WireLimits.DEFAULT_MAX_ENVELOPE_BYTES,
                                    drops);
                            ch.pipeline().addLast(new Receiver(listener));
                        }
                    });
            Channel channel = bootstrap.connect(address).sync().channel();
            return new TcpClientLink(
                    group, channel, drops, "tcp://" + address.getHostString() + ":" + address.getPort());
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    @Override
    public void send(Envelope envelope) {
        channel.writeAndFlush(envelope);
    }

    @Override
    public String describe() {
        return description;
    }

    /**
     * Stops or resumes reading from the socket: a client that cannot keep up (or a test playing
     * one) lets TCP push back on the pump.
     */
    public void setReading(boolean reading) {
        channel.config().setAutoRead(reading);
    }

    /** Frames this client dropped (malformed input from the pump would be a pump bug). */
    public FrameDropCounters drops() {
        return drops;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static final class Receiver extends SimpleChannelInboundHandler<Envelope> {
        private final Listener listener;
        private Throwable failure;

        Receiver(Listener listener) {
            super(Envelope.class);
            this.listener = listener;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope envelope) {
            listener.onEnvelope(envelope);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failure = cause;
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            listener.onClosed(failure);
        }
    }
}
