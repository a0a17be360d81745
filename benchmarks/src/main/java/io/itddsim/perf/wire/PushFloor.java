package io.itddsim.perf.wire;

import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.Envelope;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The floor under an alarm frame's one-way trip, without the pump: a thread that wakes every
 * millisecond, as the sim thread does, hands an envelope stamped with the wall clock to a bare
 * Netty server with the same codec, which sends it to a client over loopback TCP. Unlike the echo
 * round trip, whose threads never sleep between trips, every trip here starts from threads that
 * were asleep, as an alarm's does. One way, in microseconds.
 */
final class PushFloor {

    private PushFloor() {}

    static Histogram measure(int warmup, int count) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        EventLoopGroup clientGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            CompletableFuture<Channel> accepted = new CompletableFuture<>();
            Channel server = BareCodecChannels.serve(group, (ctx, e) -> {}, accepted::complete);
            LinkedBlockingQueue<Long> latenciesUs = new LinkedBlockingQueue<>();
            Channel client = BareCodecChannels.connect(
                    clientGroup, server, (ctx, e) -> latenciesUs.add(nowUnixUs() - e.getWallTimeUnixUs()));
            Channel toClient = accepted.get(10, TimeUnit.SECONDS);
            Histogram oneWayUs = new Histogram(3);
            long start = System.nanoTime();
            // one envelope every other tick, as an alarm test's events come every tick or two
            for (int i = 0; i < warmup + count; i++) {
                long deadline = start + (2L * i + 2) * 1_000_000;
                for (long wait; (wait = deadline - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
                toClient.writeAndFlush(Envelope.newBuilder()
                        .setSeq(i + 1)
                        .setWallTimeUnixUs(nowUnixUs())
                        .setAlarmEvent(AlarmEvent.newBuilder().setTransition(AlarmTransition.ALARM_TRANSITION_TEST))
                        .build());
                Long latency = latenciesUs.poll(10, TimeUnit.SECONDS);
                if (latency == null) {
                    throw new IllegalStateException("pushed envelope " + i + " never arrived");
                }
                if (i >= warmup) {
                    oneWayUs.recordValue(Math.max(0, latency));
                }
            }
            client.close().sync();
            server.close().sync();
            return oneWayUs;
        } finally {
            clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private static long nowUnixUs() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
