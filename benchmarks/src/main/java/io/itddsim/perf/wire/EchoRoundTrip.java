package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Heartbeat;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
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
            Channel server = BareCodecChannels.serve(group, ChannelHandlerContext::writeAndFlush, ch -> {});
            SynchronousQueue<Envelope> echoes = new SynchronousQueue<>();
            Channel client = BareCodecChannels.connect(group, server, (ctx, e) -> {
                try {
                    echoes.put(e);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
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
