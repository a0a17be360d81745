package io.itddsim.wire.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the pump host's meters for Prometheus to scrape: {@code GET /metrics} in the text
 * exposition format, on a small JDK HTTP server with one thread of its own (a scrape never runs
 * on the sim thread or an event loop).
 */
public final class PrometheusEndpoint implements AutoCloseable {

    public static final String PATH = "/metrics";

    private final HttpServer server;
    private final ExecutorService executor;

    private PrometheusEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
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
        HttpServer server = HttpServer.create(bindAddress, 0);
        server.createContext("/", exchange -> handle(exchange, registry));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "prometheus-endpoint");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new PrometheusEndpoint(server, executor);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void handle(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                respond(exchange, 404, "text/plain; charset=utf-8", "not found; metrics are at " + PATH + "\n");
            } else if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                respond(exchange, 405, "text/plain; charset=utf-8", "only GET\n");
            } else {
                respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
