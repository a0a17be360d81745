package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Heartbeat;
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
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The floor under every wire latency: an envelope echoed over loopback TCP by a bare Netty
 * server with the same codec, no session, no pump. Round trips in microseconds.
 */
final class EchoRoundTrip {

    private EchoRoundTrip() {}

    static Histogram measure(int warmup, int count) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            WireCodec.install(
                                    ch.pipeline(),
                                    WireFraming.VARINT_DELIMITED,
                                    WireLimits.DEFAULT_MAX_ENVELOPE_BYTES,
                                    new FrameDropCounters());
                            ch.pipeline().addLast(new SimpleChannelInboundHandler<Envelope>() {
                                @Override
                                protected void channelRead0(ChannelHandlerContext ctx, Envelope e) {
                                    ctx.writeAndFlush(e);
                                }
                            });
                        }
                    })
                    .bind(BenchPumps.LOOPBACK)
                    .sync()
                    .channel();
            SynchronousQueue<Envelope> echoes = new SynchronousQueue<>();
            Channel client = new Bootstrap()
                    .group(group)
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            WireCodec.install(
                                    ch.pipeline(),
                                    WireFraming.VARINT_DELIMITED,
                                    WireLimits.DEFAULT_MAX_ENVELOPE_BYTES,
                                    new FrameDropCounters());
                            ch.pipeline().addLast(new SimpleChannelInboundHandler<Envelope>() {
                                @Override
                                protected void channelRead0(ChannelHandlerContext ctx, Envelope e) throws Exception {
                                    echoes.put(e);
                                }
                            });
                        }
                    })
                    .connect((InetSocketAddress) server.localAddress())
                    .sync()
                    .channel();
            Histogram roundTripsUs = new Histogram(3);
            for (int i = 0; i < warmup + count; i++) {
                Envelope ping = Envelope.newBuilder()
                        .setSeq(i + 1)
                        .setHeartbeat(Heartbeat.getDefaultInstance())
                        .build();
                long start = System.nanoTime();
                client.writeAndFlush(ping);
                if (echoes.poll(10, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("echo " + i + " never came back");
                }
                if (i >= warmup) {
                    roundTripsUs.recordValue((System.nanoTime() - start) / 1_000);
                }
            }
            client.close().sync();
            server.close().sync();
            return roundTripsUs;
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }
}
