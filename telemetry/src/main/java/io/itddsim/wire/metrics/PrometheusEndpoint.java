package io.itddsim.wire.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.handler.timeout.WriteTimeoutHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Serves the pump host's meters for Prometheus to scrape: {@code GET /metrics} in the text
 * exposition format over HTTP/1.1, one request per connection. It runs on Netty event loops of its
 * own (never the sim thread nor the pump's connections), so any number of scrapes are served at
 * once, and a client that sends half a request, or reads its answer too slowly, is cut off after
 * a timeout without holding anyone else up.
 */
public final class PrometheusEndpoint implements AutoCloseable {

    public static final String PATH = "/metrics";
    /** How long a client may take to send its request, or to take the answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final int MAX_LINE_BYTES = 8 * 1024;
    private static final int MAX_HEADER_LINES = 100;

    private final EventLoopGroup group;
    private final Channel server;

    private PrometheusEndpoint(EventLoopGroup group, Channel server) {
        this.group = group;
        this.server = server;
    }

    /** A registry whose meters this endpoint can serve. */
    public static PrometheusMeterRegistry newRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    /**
     * Binds and serves.
     *
     * @throws IOException if the address cannot be bound
     */
    public static PrometheusEndpoint start(InetSocketAddress bindAddress, PrometheusMeterRegistry registry)
            throws IOException {
        return start(bindAddress, registry, DEFAULT_TIMEOUT);
    }

    /** Binds and serves, cutting off a client that takes longer than {@code timeout} to ask or to read. */
    public static PrometheusEndpoint start(
            InetSocketAddress bindAddress, PrometheusMeterRegistry registry, Duration timeout) throws IOException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        long timeoutMillis = timeout.toMillis();
        try {
            Channel bound = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline()
                                    .addLast(new ReadTimeoutHandler(timeoutMillis, TimeUnit.MILLISECONDS))
                                    .addLast(new WriteTimeoutHandler(timeoutMillis, TimeUnit.MILLISECONDS))
                                    .addLast(new LineBasedFrameDecoder(MAX_LINE_BYTES))
                                    .addLast(new Exchange(registry));
                        }
                    })
                    .bind(bindAddress)
                    .sync()
                    .channel();
            return new PrometheusEndpoint(group, bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IOException("interrupted while binding " + bindAddress, e);
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IOException("cannot serve metrics at " + bindAddress + ": " + e.getMessage(), e);
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One request: its request line, headers up to the blank line, then the answer, then close. */
    private static final class Exchange extends SimpleChannelInboundHandler<ByteBuf> {
        private final PrometheusMeterRegistry registry;
        private String method;
        private String path;
        private int headerLines;

        Exchange(PrometheusMeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
            String text = line.toString(StandardCharsets.ISO_8859_1).strip();
            if (method == null) {
                String[] parts = text.split(" ");
                if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                    respond(ctx, 400, "text/plain; charset=utf-8", "expected an HTTP/1.x request line\n");
                    return;
                }
                method = parts[0];
                int query = parts[1].indexOf('?');
                path = query < 0 ? parts[1] : parts[1].substring(0, query);
                return;
            }
            if (!text.isEmpty()) {
                if (++headerLines > MAX_HEADER_LINES) {
                    respond(ctx, 431, "text/plain; charset=utf-8", "too many header lines\n");
                }
                return;
            }
            if (!path.equals(PATH)) {
                respond(ctx, 404, "text/plain; charset=utf-8", "not found; metrics are at " + PATH + "\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                respond(ctx, 405, "text/plain; charset=utf-8", "only GET\n");
            } else {
                respond(ctx, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
            }
        }

        private void respond(ChannelHandlerContext ctx, int status, String contentType, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + bytes.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            ByteBuf answer = Unpooled.wrappedBuffer(
                    head.getBytes(StandardCharsets.ISO_8859_1), "HEAD".equals(method) ? new byte[0] : bytes);
            ctx.channel().config().setAutoRead(false);
            ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 400 -> "Bad Request";
                case 404 -> "Not Found";
                case 405 -> "Method Not Allowed";
                case 431 -> "Request Header Fields Too Large";
                default -> "Error";
            };
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // a timeout, a line over the limit or a reset: this client is done, nobody else is affected
            ctx.close();
        }
    }
}
