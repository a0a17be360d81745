package io.itddsim.trainer.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A handler that answers errors as JSON {@code {"error": "..."}}: bad input 400, a question out of
 * turn 409, unknown things 404. It also refuses requests whose Host is not this loopback server
 * (a page elsewhere cannot reach the trainer through DNS rebinding).
 */
abstract class Route implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Route.class.getName());
    private final Set<String> hosts;

    Route(int port) {
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    abstract void serve(HttpExchange ex) throws Exception;

    @Override
    public final void handle(HttpExchange ex) throws IOException {
        try {
            String host = ex.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host)) {
                throw new HttpError(403, "this trainer answers only at " + hosts);
            }
            serve(ex);
        } catch (HttpError e) {
            Exchanges.sendJson(ex, e.status, Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException e) {
            Exchanges.sendJson(ex, 400, Map.of("error", e.getMessage()));
        } catch (IllegalStateException e) {
            Exchanges.sendJson(ex, 409, Map.of("error", e.getMessage()));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "request " + ex.getRequestURI() + " failed", e);
            Exchanges.sendJson(ex, 500, Map.of("error", "the trainer failed: " + e));
        }
    }

    static void requireMethod(HttpExchange ex, String method) {
        if (!ex.getRequestMethod().equals(method)) {
            throw new HttpError(
                    405, ex.getRequestURI().getPath() + " takes " + method + ", not " + ex.getRequestMethod());
        }
    }
}
