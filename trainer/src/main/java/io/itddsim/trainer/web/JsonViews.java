package io.itddsim.trainer.web;

import io.itddsim.trainer.drill.Drill;
import io.itddsim.trainer.drill.Feedback;
import io.itddsim.trainer.drill.Option;
import io.itddsim.trainer.drill.Question;
import io.itddsim.trainer.drill.QuestionType;
import io.itddsim.trainer.progress.DrillSession;
import io.itddsim.trainer.progress.ProgressReport;
import io.itddsim.trainer.progress.Score;
import io.itddsim.trainer.tone.SoundCaption;
import io.itddsim.trainer.tone.SoundPattern;
import io.itddsim.trainer.tone.ToneLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API sends, built field by field so that nothing else leaves the server: a drill's
 * answer key, in particular, is only ever sent as feedback after an answer.
 */
final class JsonViews {
    private JsonViews() {}

    static Map<String, Object> tones(ToneLibrary library) {
        return map(
                "profile",
                library.profileName(),
                "patterns",
                library.patterns().stream().map(JsonViews::pattern).toList());
    }

    static Map<String, Object> pattern(SoundPattern p) {
        return map(
                "id",
                p.id(),
                "label",
                p.label(),
                "repeatUs",
                p.repeatUs(),
                "repeat",
                SoundCaption.interval(p.repeatUs()),
                "durationUs",
                p.durationUs(),
                "caption",
                p.caption(),
                "tones",
                p.tones());
    }

    static Map<String, Object> drillCard(Drill d) {
        return map(
                "id",
                d.id(),
                "incident",
                d.incident(),
                "source",
                d.source(),
                "scenarioFile",
                d.scenarioFile(),
                "scenarioName",
                d.scenarioName(),
                "who",
                d.who(),
                "situation",
                d.situation(),
                "sound",
                d.sound() == null ? null : ToneLibrary.id(d.sound()));
    }

    static Map<String, Object> step(DrillSession session, DrillSession.Step step) {
        Question q = step.question();
        return map(
                "sessionId",
                session.id(),
                "trainee",
                session.trainee(),
                "finished",
                false,
                "drillNumber",
                step.drillNumber(),
                "drillCount",
                step.drillCount(),
                "drill",
                drillCard(step.drill()),
                "question",
                map(
                        "type",
                        q.type().id(),
                        "index",
                        step.questionIndex() + 1,
                        "count",
                        step.drill().questions().size(),
                        "prompt",
                        q.prompt(),
                        "multiple",
                        q.multiple(),
                        "options",
                        q.options()));
    }

    static Map<String, Object> feedback(Question q, Feedback f) {
        List<String> labels = q.options().stream()
                .filter(o -> f.correctIds().contains(o.id()))
                .map(Option::label)
                .toList();
        return map(
                "correct",
                f.correct(),
                "correctIds",
                f.correctIds(),
                "correctLabels",
                labels,
                "explanation",
                f.explanation(),
                "source",
                f.source());
    }

    static Map<String, Object> summary(DrillSession.Summary s) {
        return map(
                "sessionId",
                s.sessionId(),
                "trainee",
                s.trainee(),
                "sessionNumber",
                s.sessionNumber(),
                "finished",
                s.finished(),
                "drillsDone",
                s.drillsDone(),
                "scores",
                scores(s.scores()),
                "missedDrills",
                s.missedDrills(),
                "missedIncidents",
                s.missedIncidents(),
                "toRevisit",
                s.toRevisit(),
                "toRevisitIncidents",
                s.toRevisitIncidents());
    }

    static Map<String, Object> trainee(ProgressReport.TraineeProgress t) {
        return map(
                "name",
                t.name(),
                "sessions",
                t.sessions(),
                "lastAnswer",
                t.lastAnswer() == null ? null : t.lastAnswer().toString(),
                "overall",
                t.overall(),
                "scores",
                scores(t.byType()),
                "boxes",
                t.boxes(),
                "toRevisit",
                t.toRevisit(),
                "drillsDone",
                t.drillsDone(),
                "drillsTotal",
                t.drillsTotal());
    }

    private static Map<String, Object> scores(Map<QuestionType, Score> byType) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (QuestionType t : QuestionType.values()) {
            out.put(t.id(), byType.getOrDefault(t, Score.NONE));
        }
        return out;
    }

    /** An ordered map from key, value pairs (values may be null, unlike Map.of). */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }
}
