package io.itddsim.trainer.progress;

import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.drill.QuestionType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every trainee's results, for the trainer's page and the JSON export. */
public final class ProgressReport {
    private ProgressReport() {}

    /**
     * @param name       the trainee
     * @param sessions   sessions started
     * @param lastAnswer when the last answer was given, or null
     * @param overall    all answers
     * @param byType     by question type
     * @param boxes      how many drills are in each Leitner box (1 = to revisit)
     * @param toRevisit  drills missed last time they were done (box 1): they come back first
     * @param drillsDone distinct drills done at least once, of {@code drillsTotal}
     */
    public record TraineeProgress(
            String name,
            int sessions,
            Instant lastAnswer,
            Score overall,
            Map<QuestionType, Score> byType,
            Map<Integer, Integer> boxes,
            List<String> toRevisit,
            int drillsDone,
            int drillsTotal) {}

    public static List<TraineeProgress> of(ResultStore store, DrillCatalog catalog) throws SQLException {
        List<AnswerRow> answers = store.answers();
        List<TraineeProgress> out = new ArrayList<>();
        for (String name : store.trainees()) {
            Score overall = Score.NONE;
            Map<QuestionType, Score> byType = new EnumMap<>(QuestionType.class);
            Instant last = null;
            Set<String> done = new HashSet<>();
            for (AnswerRow a : answers) {
                if (!a.trainee().equals(name)) {
                    continue;
                }
                overall = overall.plus(a.correct());
                byType.merge(
                        QuestionType.byId(a.questionType()),
                        Score.NONE.plus(a.correct()),
                        (s, one) -> new Score(s.correct() + one.correct(), s.total() + one.total()));
                last = a.answeredAt();
                done.add(a.drillId());
            }
            Map<Integer, Integer> boxes = new TreeMap<>();
            List<String> revisit = new ArrayList<>();
            for (Map.Entry<String, Box> e : store.boxes(name).entrySet()) {
                boxes.merge(e.getValue().box(), 1, Integer::sum);
                if (e.getValue().box() == 1) {
                    revisit.add(e.getKey());
                }
            }
            revisit.sort(null);
            out.add(new TraineeProgress(
                    name,
                    store.sessionCount(name),
                    last,
                    overall,
                    byType,
                    boxes,
                    revisit,
                    done.size(),
                    catalog.ids().size()));
        }
        return out;
    }
}
