package io.itddsim.trainer.web;

import com.sun.net.httpserver.HttpExchange;
import io.itddsim.trainer.live.LiveAlarmFeed;
import io.itddsim.trainer.live.LiveStatus;
import java.util.List;

/** {@code GET /api/live?after=SEQ}: the live link's state and the pump's alarm events after SEQ. */
final class LiveRoute extends Route {
    private final LiveAlarmFeed feed;

    /** @param feed null when the trainer runs without {@code --target} */
    LiveRoute(int port, LiveAlarmFeed feed) {
        super(port);
        this.feed = feed;
    }

    @Override
    void serve(HttpExchange ex) throws Exception {
        requireMethod(ex, "GET");
        long after = 0;
        String query = ex.getRequestURI().getQuery();
        if (query != null && query.startsWith("after=")) {
            try {
                after = Long.parseLong(query.substring("after=".length()));
            } catch (NumberFormatException e) {
                throw new HttpError(400, "'after' must be a whole number, got '" + query.substring(6) + "'");
            }
        }
        LiveStatus status = feed == null ? LiveStatus.OFF : feed.status();
        Exchanges.sendJson(
                ex, 200, JsonViews.map("status", status, "events", feed == null ? List.of() : feed.events(after)));
    }
}
