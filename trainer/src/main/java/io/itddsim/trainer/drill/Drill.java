package io.itddsim.trainer.drill;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A drill made from an emulator run: what the trainee is shown (incident, source, situation, the
 * sound or its absence, the questions) and the answer key, which never leaves the server.
 *
 * @param id           stable id
 * @param incident     the field incident
 * @param source       where it is documented
 * @param scenarioFile the scenario the emulator ran
 * @param scenarioName its name
 * @param who          who the trainee is
 * @param situation    what happens, with the run's figures
 * @param sound        the pattern the pump plays, or null when it stays silent
 * @param alarm        the alarm the pump raised, or null
 * @param questions    in the order they are asked
 * @param keys         the answers with their explanations, by question type
 */
public record Drill(
        String id,
        String incident,
        String source,
        String scenarioFile,
        String scenarioName,
        String who,
        String situation,
        AlarmSeverity sound,
        AlarmType alarm,
        List<Question> questions,
        Map<QuestionType, AnswerKey> keys) {
    public Drill {
        questions = List.copyOf(questions);
        keys = Map.copyOf(new EnumMap<>(keys));
    }

    /** The right options of a question and why. */
    public record AnswerKey(Set<String> correct, String explanation, String source) {
        public AnswerKey {
            correct = Set.copyOf(correct);
        }
    }

    public Question question(QuestionType type) {
        return questions.stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    /**
     * Checks an answer.
     *
     * @throws IllegalArgumentException when it is empty, names an option the question does not
     *     have, or picks several for a one-answer question
     */
    public Feedback check(QuestionType type, Collection<String> given) {
        Question q = question(type);
        Set<String> picked = new HashSet<>(given);
        Set<String> known = new HashSet<>();
        q.options().forEach(o -> known.add(o.id()));
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("no answer given; pick one of " + new TreeSet<>(known));
        }
        if (!known.containsAll(picked)) {
            picked.removeAll(known);
            throw new IllegalArgumentException("the question '" + type.id() + "' has no option " + new TreeSet<>(picked)
                    + "; expected some of " + new TreeSet<>(known));
        }
        if (!q.multiple() && picked.size() > 1) {
            throw new IllegalArgumentException(
                    "the question '" + type.id() + "' takes one answer, got " + picked.size());
        }
        AnswerKey key = keys.get(type);
        List<String> right = q.options().stream()
                .map(Option::id)
                .filter(key.correct()::contains)
                .toList();
        return new Feedback(picked.equals(key.correct()), right, key.explanation(), key.source());
    }
}
