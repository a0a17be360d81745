package io.itddsim.trainer.web;

import com.sun.net.httpserver.HttpExchange;
import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.progress.CsvExport;
import io.itddsim.trainer.progress.ProgressReport;
import io.itddsim.trainer.progress.ResultStore;

/**
 * The trainer's view: {@code GET /api/trainees} (every trainee's results), {@code GET
 * /api/export.csv} (every answer) and {@code GET /api/export.json} (both).
 */
final class ResultRoute extends Route {
    private final ResultStore store;
    private final DrillCatalog catalog;

    ResultRoute(int port, ResultStore store, DrillCatalog catalog) {
        super(port);
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    void serve(HttpExchange ex) throws Exception {
        requireMethod(ex, "GET");
        switch (ex.getRequestURI().getPath()) {
            case "/api/trainees" -> Exchanges.sendJson(ex, 200, trainees());
            case "/api/export.csv" -> {
                ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"itdd-trainer-results.csv\"");
                Exchanges.sendText(ex, 200, "text/csv; charset=utf-8", CsvExport.of(store.answers(), catalog));
            }
            case "/api/export.json" -> {
                ex.getResponseHeaders()
                        .set("Content-Disposition", "attachment; filename=\"itdd-trainer-results.json\"");
                Exchanges.sendJson(
                        ex,
                        200,
                        JsonViews.map(
                                "trainees",
                                trainees(),
                                "answers",
                                store.answers().stream()
                                        .map(a -> JsonViews.map(
                                                "trainee",
                                                a.trainee(),
                                                "session",
                                                a.sessionId(),
                                                "drill",
                                                a.drillId(),
                                                "questionType",
                                                a.questionType(),
                                                "answer",
                                                a.given(),
                                                "correct",
                                                a.correct(),
                                                "answeredAt",
                                                a.answeredAt().toString()))
                                        .toList()));
            }
            default ->
                throw new HttpError(404, "no resource " + ex.getRequestURI().getPath());
        }
    }

    private Object trainees() throws Exception {
        return ProgressReport.of(store, catalog).stream()
                .map(JsonViews::trainee)
                .toList();
    }
}
