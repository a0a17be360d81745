package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.WireLimits;
import io.itddsim.wire.netty.WireCodec;
import io.itddsim.wire.netty.WireFraming;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Bare Netty channels with the pump's codec and nothing else (no session, no pump): the floors the
 * wire's latencies are measured against ({@link EchoRoundTrip}, {@link PushFloor}).
 */
final class BareCodecChannels {

    private BareCodecChannels() {}

    /**
     * A loopback server; each accepted connection gets the codec, then {@code onEnvelope} for what it
     * reads, and is handed to {@code onAccepted}.
     */
    static Channel serve(
            EventLoopGroup group,
            BiConsumer<ChannelHandlerContext, Envelope> onEnvelope,
            Consumer<SocketChannel> onAccepted)
            throws InterruptedException {
        return new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        install(ch, onEnvelope);
                        onAccepted.accept(ch);
                    }
                })
                .bind(BenchPumps.LOOPBACK)
                .sync()
                .channel();
    }

    /** A client of {@code server} with the codec, handing what it reads to {@code onEnvelope}. */
    static Channel connect(EventLoopGroup group, Channel server, BiConsumer<ChannelHandlerContext, Envelope> onEnvelope)
            throws InterruptedException {
        return new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        install(ch, onEnvelope);
                    }
                })
                .connect((InetSocketAddress) server.localAddress())
                .sync()
                .channel();
    }

    private static void install(SocketChannel ch, BiConsumer<ChannelHandlerContext, Envelope> onEnvelope) {
        WireCodec.install(
                ch.pipeline(),
                WireFraming.VARINT_DELIMITED,
                WireLimits.DEFAULT_MAX_ENVELOPE_BYTES,
                new FrameDropCounters());
        ch.pipeline().addLast(new SimpleChannelInboundHandler<Envelope>() {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, Envelope e) {
                onEnvelope.accept(ctx, e);
            }
        });
    }
}
