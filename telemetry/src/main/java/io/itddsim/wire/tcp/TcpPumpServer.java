package io.itddsim.wire.tcp;

import io.itddsim.wire.linkfault.LinkFaults;
import io.itddsim.wire.metrics.TransportMetrics;
import io.itddsim.wire.netty.WireCodec;
import io.itddsim.wire.netty.WireFraming;
import io.itddsim.wire.session.SessionServices;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pump's TCP endpoint: varint-delimited envelopes (WireCodec), one {@link
 * io.itddsim.wire.session.ServerSession} per connection, any number of connections. Binds where
 * it is told; the CLI's default is loopback.
 */
public final class TcpPumpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TcpPumpServer.class);

    /** Small watermarks: a client that falls behind is noticed after ~64 KiB, not megabytes. */
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(32 * 1024, 64 * 1024);

    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final Channel serverChannel;

    private TcpPumpServer(EventLoopGroup acceptor, EventLoopGroup workers, Channel serverChannel) {
        this.acceptor = acceptor;
        this.workers = workers;
        this.serverChannel = serverChannel;
    }

    /**
     * Binds and starts accepting.
     *
     * @throws InterruptedException if interrupted while binding
     * @throws io.netty.channel.ChannelException (or another exception from Netty) if the address
     *     cannot be bound, e.g. in use
     */
    public static TcpPumpServer start(
            InetSocketAddress bindAddress, SessionServices services, LinkFaults linkFaults, TcpServerOptions options)
            throws InterruptedException {
        TransportMetrics metrics = services.metrics().transport("tcp");
        // named, so a thread dump or a profile tells the pump's connections from anything else
        EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("itdd-tcp-accept"), NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(
                options.workerThreads(), new DefaultThreadFactory("itdd-tcp-io"), NioIoHandler.newFactory());
        ChannelGroup connections = new DefaultChannelGroup("pump-connections", GlobalEventExecutor.INSTANCE);
        AtomicLong connectionNumbers = new AtomicLong();
        // a disconnect fault cuts every connection there is; new ones are cut while it lasts
        linkFaults.onDisconnect(connections::close);
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(acceptor, workers)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            connections.add(channel);
                            WireCodec.install(
                                    channel.pipeline(),
                                    WireFraming.VARINT_DELIMITED,
                                    options.maxEnvelopeBytes(),
                                    metrics.drops());
                            channel.pipeline()
                                    .addLast(
                                            "link-faults",
                                            new TcpLinkFaultHandler(linkFaults, connectionNumbers.incrementAndGet()));
                            channel.pipeline().addLast("session", new TcpSessionHandler(services, metrics, options));
                        }
                    });
            Channel bound = bootstrap.bind(bindAddress).sync().channel();
            log.info("pump listening on tcp {}", bound.localAddress());
            if (!isLoopback(bindAddress)) {
                log.warn(
                        "tcp {} is reachable from other machines: sessions are authenticated but not encrypted;"
                                + " bind to 127.0.0.1 unless the network is trusted",
                        bound.localAddress());
            }
            return new TcpPumpServer(acceptor, workers, bound);
        } catch (Exception e) {
            // Netty rethrows a failed bind's BindException unchecked-style; release the threads either way
            acceptor.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** Whether only this machine can reach {@code address} (a loopback address). */
    public static boolean isLoopback(InetSocketAddress address) {
        return address.getAddress() != null && address.getAddress().isLoopbackAddress();
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
