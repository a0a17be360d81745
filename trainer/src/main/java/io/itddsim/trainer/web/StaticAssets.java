package io.itddsim.trainer.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** The pages, scripts and styles, all from this jar's resources under {@code web/}: nothing from elsewhere. */
final class StaticAssets extends Route {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "svg",
            "image/svg+xml");

    StaticAssets(int port) {
        super(port);
    }

    @Override
    void serve(HttpExchange ex) throws Exception {
        requireMethod(ex, "GET");
        String name = ex.getRequestURI().getPath().substring(1);
        if (name.isEmpty()) {
            name = "index.html";
        }
        if (!SAFE.matcher(name).matches()) {
            throw new HttpError(404, "no page " + ex.getRequestURI().getPath());
        }
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new HttpError(404, "no page " + ex.getRequestURI().getPath());
            }
            Exchanges.send(ex, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), in.readAllBytes());
        }
    }
}
