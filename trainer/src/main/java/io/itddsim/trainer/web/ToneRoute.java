package io.itddsim.trainer.web;

import com.sun.net.httpserver.HttpExchange;
import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.tone.ToneLibrary;

/**
 * {@code GET /api/tones}: the model's annunciation patterns, which the page schedules with Web
 * Audio and draws as a timeline; {@code GET /api/drills}: the drills with their incidents and
 * sources (no answers).
 */
final class ToneRoute extends Route {
    private final ToneLibrary tones;
    private final DrillCatalog drills;

    ToneRoute(int port, ToneLibrary tones, DrillCatalog drills) {
        super(port);
        this.tones = tones;
        this.drills = drills;
    }

    @Override
    void serve(HttpExchange ex) throws Exception {
        requireMethod(ex, "GET");
        switch (ex.getRequestURI().getPath()) {
            case "/api/tones" -> Exchanges.sendJson(ex, 200, JsonViews.tones(tones));
            case "/api/drills" ->
                Exchanges.sendJson(
                        ex,
                        200,
                        drills.drills().stream().map(JsonViews::drillCard).toList());
            default ->
                throw new HttpError(404, "no resource " + ex.getRequestURI().getPath());
        }
    }
}
