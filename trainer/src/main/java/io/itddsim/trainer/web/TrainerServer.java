package io.itddsim.trainer.web;

import com.sun.net.httpserver.HttpServer;
import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.live.LiveAlarmFeed;
import io.itddsim.trainer.progress.ResultStore;
import io.itddsim.trainer.progress.Sessions;
import io.itddsim.trainer.tone.ToneLibrary;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The trainer's web server: the JDK's HTTP server on loopback only, with its own small thread
 * pool and time limits so a stuck browser cannot hold it.
 */
public final class TrainerServer implements AutoCloseable {
    private static final int THREADS = 4;

    static {
        // the JDK server reads its limits once, from system properties (seconds / milliseconds)
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "30"));
        System.setProperty(
                "sun.net.httpserver.idleInterval", System.getProperty("sun.net.httpserver.idleInterval", "30000"));
    }

    private final HttpServer server;
    private final ExecutorService pool;

    private TrainerServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port 0 for any free port
     * @param live the live feed, or null without {@code --target}
     * @throws IOException when the port is taken
     */
    public static TrainerServer start(
            int port, ToneLibrary tones, DrillCatalog drills, ResultStore store, Sessions sessions, LiveAlarmFeed live)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        int bound = server.getAddress().getPort();
        server.createContext("/", new StaticAssets(bound));
        ToneRoute toneRoute = new ToneRoute(bound, tones, drills);
        server.createContext("/api/tones", toneRoute);
        server.createContext("/api/drills", toneRoute);
        server.createContext("/api/sessions", new SessionRoute(bound, sessions));
        ResultRoute results = new ResultRoute(bound, store, drills);
        server.createContext("/api/trainees", results);
        server.createContext("/api/export.csv", results);
        server.createContext("/api/export.json", results);
        server.createContext("/api/live", new LiveRoute(bound, live));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "trainer-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.start();
        return new TrainerServer(server, pool);
    }

    /** The page's address, e.g. http://127.0.0.1:7710/. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
