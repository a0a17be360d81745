package io.itddsim.trainer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.itddsim.trainer.drill.Feedback;
import io.itddsim.trainer.drill.QuestionType;
import io.itddsim.trainer.progress.DrillSession;
import io.itddsim.trainer.progress.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trainee's session: {@code POST /api/sessions {"trainee": NAME}} starts one;
 * {@code GET /api/sessions/ID} is the question asked now (or the summary when it is over);
 * {@code POST /api/sessions/ID/answers {"drillId", "type", "answer": [ids]}} scores an answer and
 * returns the feedback; {@code GET /api/sessions/ID/summary}.
 */
final class SessionRoute extends Route {
    private static final Pattern PATH = Pattern.compile("/api/sessions(?:/(\\d{1,18})(/answers|/summary)?)?");

    private final Sessions sessions;

    SessionRoute(int port, Sessions sessions) {
        super(port);
        this.sessions = sessions;
    }

    @Override
    void serve(HttpExchange ex) throws Exception {
        Matcher m = PATH.matcher(ex.getRequestURI().getPath());
        if (!m.matches()) {
            throw new HttpError(404, "no resource " + ex.getRequestURI().getPath());
        }
        if (m.group(1) == null) {
            requireMethod(ex, "POST");
            DrillSession session = sessions.start(text(Exchanges.jsonBody(ex), "trainee"));
            Exchanges.sendJson(ex, 201, now(session));
            return;
        }
        DrillSession session = sessions.session(Long.parseLong(m.group(1)))
                .orElseThrow(() -> new HttpError(
                        404,
                        "no session " + m.group(1) + " (sessions end when the trainer restarts;"
                                + " the answers are kept)"));
        if (m.group(2) == null) {
            requireMethod(ex, "GET");
            Exchanges.sendJson(ex, 200, now(session));
        } else if (m.group(2).equals("/summary")) {
            requireMethod(ex, "GET");
            Exchanges.sendJson(ex, 200, JsonViews.summary(session.summary()));
        } else {
            requireMethod(ex, "POST");
            answer(ex, session);
        }
    }

    private static void answer(HttpExchange ex, DrillSession session) throws Exception {
        JsonNode body = Exchanges.jsonBody(ex);
        QuestionType type = QuestionType.byId(text(body, "type"));
        String drillId = text(body, "drillId");
        JsonNode answer = body.get("answer");
        if (answer == null || !answer.isArray()) {
            throw new HttpError(400, "'answer' must be a list of option ids, e.g. [\"CRITICAL\"]");
        }
        List<String> given = new ArrayList<>();
        answer.forEach(a -> given.add(a.asText()));
        DrillSession.Step step = session.current().orElseThrow(() -> new IllegalStateException("the session is over"));
        Feedback feedback = session.answer(drillId, type, given);
        Exchanges.sendJson(ex, 200, JsonViews.feedback(step.question(), feedback));
    }

    private static Object now(DrillSession session) {
        return session.current()
                .<Object>map(step -> JsonViews.step(session, step))
                .orElseGet(() -> JsonViews.map(
                        "sessionId",
                        session.id(),
                        "trainee",
                        session.trainee(),
                        "finished",
                        true,
                        "summary",
                        JsonViews.summary(session.summary())));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw new HttpError(400, "'" + field + "' is missing or not text");
        }
        return v.asText();
    }
}
