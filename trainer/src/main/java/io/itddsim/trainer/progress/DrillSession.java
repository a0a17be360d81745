package io.itddsim.trainer.progress;

import io.itddsim.trainer.drill.Drill;
import io.itddsim.trainer.drill.DrillCatalog;
import io.itddsim.trainer.drill.Feedback;
import io.itddsim.trainer.drill.Question;
import io.itddsim.trainer.drill.QuestionType;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One trainee's sitting: the drills queued by {@link Leitner}, asked one question at a time in
 * order; each answer is stored at once. A drill with a wrong answer goes back to box 1 and comes
 * back once more at the end of this session.
 */
public final class DrillSession {
    private final long id;
    private final int number;
    private final String trainee;
    private final DrillCatalog catalog;
    private final ResultStore store;
    private final Deque<String> queue;
    private final Set<String> cameBack = new HashSet<>();
    private final Set<String> missed = new LinkedHashSet<>();
    private final Set<String> stillMissed = new LinkedHashSet<>();
    private final Map<QuestionType, Score> scores = new EnumMap<>(QuestionType.class);
    private int asked;
    private int drillsDone;
    private boolean allRightSoFar = true;

    DrillSession(long id, int number, String trainee, List<String> drills, DrillCatalog catalog, ResultStore store) {
        this.id = id;
        this.number = number;
        this.trainee = trainee;
        this.catalog = catalog;
        this.store = store;
        this.queue = new ArrayDeque<>(drills);
        for (QuestionType t : QuestionType.values()) {
            scores.put(t, Score.NONE);
        }
    }

    public long id() {
        return id;
    }

    public String trainee() {
        return trainee;
    }

    /** The drill being asked and its next question, or empty when the session is over. */
    public synchronized Optional<Step> current() {
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        Drill drill = catalog.drill(queue.peekFirst()).orElseThrow();
        return Optional.of(
                new Step(drill, drill.questions().get(asked), asked, drillsDone + 1, drillsDone + queue.size()));
    }

    /** Where the session stands: a drill, the question asked now, its place, and the drill count. */
    public record Step(Drill drill, Question question, int questionIndex, int drillNumber, int drillCount) {}

    /**
     * Scores an answer to the current question and stores it.
     *
     * @throws IllegalStateException    when it is not the question being asked (answered twice,
     *                                  or out of order), or the session is over
     * @throws IllegalArgumentException when the options are not the question's
     */
    public synchronized Feedback answer(String drillId, QuestionType type, List<String> given) throws SQLException {
        Step step = current().orElseThrow(() -> new IllegalStateException("the session is over"));
        if (!step.drill().id().equals(drillId) || step.question().type() != type) {
            throw new IllegalStateException(
                    "the question asked now is '" + step.question().type().id() + "' of drill '"
                            + step.drill().id() + "', not '" + type.id() + "' of '" + drillId + "'");
        }
        Feedback feedback = step.drill().check(type, given);
        store.recordAnswer(id, trainee, drillId, type.id(), given, feedback.correct());
        scores.merge(type, Score.NONE, (s, unused) -> s.plus(feedback.correct()));
        allRightSoFar &= feedback.correct();
        asked++;
        if (asked == step.drill().questions().size()) {
            finishDrill(drillId);
        }
        return feedback;
    }

    private void finishDrill(String drillId) throws SQLException {
        Box before = store.boxes(trainee).getOrDefault(drillId, new Box(0, 0));
        store.setBox(trainee, drillId, new Box(Leitner.after(before.box(), allRightSoFar), number));
        queue.removeFirst();
        drillsDone++;
        if (allRightSoFar) {
            stillMissed.remove(drillId);
        } else {
            missed.add(drillId);
            stillMissed.add(drillId);
            if (cameBack.add(drillId)) {
                queue.addLast(drillId);
            }
        }
        asked = 0;
        allRightSoFar = true;
    }

    /** The session so far, for the summary. */
    public synchronized Summary summary() {
        return new Summary(
                id,
                trainee,
                number,
                queue.isEmpty(),
                drillsDone,
                Map.copyOf(scores),
                List.copyOf(missed),
                incidents(missed),
                List.copyOf(stillMissed),
                incidents(stillMissed));
    }

    private List<String> incidents(Set<String> drills) {
        List<String> out = new ArrayList<>();
        for (String d : drills) {
            out.add(catalog.drill(d).map(Drill::incident).orElse(d));
        }
        return out;
    }

    /**
     * @param finished        no drill left
     * @param drillsDone      drills completed (a drill that came back counts again)
     * @param scores          right of asked, by question type
     * @param missedDrills    drills with a wrong answer at least once this session
     * @param missedIncidents their incidents, for people
     * @param toRevisit       drills whose last try was wrong: in box 1, they come first next time
     * @param toRevisitIncidents their incidents
     */
    public record Summary(
            long sessionId,
            String trainee,
            int sessionNumber,
            boolean finished,
            int drillsDone,
            Map<QuestionType, Score> scores,
            List<String> missedDrills,
            List<String> missedIncidents,
            List<String> toRevisit,
            List<String> toRevisitIncidents) {}
}
