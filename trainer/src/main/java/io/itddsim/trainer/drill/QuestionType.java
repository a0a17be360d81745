package io.itddsim.trainer.drill;

import io.itddsim.sim.alarm.AlarmType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of question a drill asks, scored apart (a trainee may know the sounds but not what to
 * do). The ids are what the API, the database and the CSV and JSON exports use; {@link #asks()}
 * and {@link #answerIds()} describe them for the readers of an export.
 */
public enum QuestionType {
    /** Critical, non-critical, or no alarm at all. */
    SEVERITY("severity", "What does the pump tell you? (every drill)"),
    /** Which alarm causes fit what the pump does. */
    CAUSES("causes", "Which causes fit what the pump does? Every fitting one, comma-separated (drills about the pump)"),
    /** A vignette's patient: overdose, withdrawal, or neither. */
    CLASSIFICATION(
            "classification",
            "Is the simulated patient's state an overdose, a withdrawal, or neither? (the vignettes)"),
    /** What to do now. */
    ACTION("action", "What do you do now? (every drill)");

    private final String id;
    private final String asks;

    QuestionType(String id, String asks) {
        this.id = id;
        this.asks = asks;
    }

    public String id() {
        return id;
    }

    /** What the question asks, and of which drills. */
    public String asks() {
        return asks;
    }

    /** The option ids an answer to this question is made of. */
    public List<String> answerIds() {
        return switch (this) {
            case SEVERITY -> List.of("CRITICAL", "NON_CRITICAL", AlarmCauses.NONE);
            case CAUSES ->
                Stream.concat(Arrays.stream(AlarmType.values()).map(Enum::name), Stream.of(AlarmCauses.NONE))
                        .toList();
            case CLASSIFICATION ->
                Arrays.stream(Classification.values()).map(Enum::name).toList();
            case ACTION -> Arrays.stream(Action.values()).map(Enum::name).toList();
        };
    }

    /** By id; throws naming the accepted ids. */
    public static QuestionType byId(String id) {
        for (QuestionType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown question type '" + id + "'; expected one of "
                + Arrays.stream(values()).map(QuestionType::id).toList());
    }
}
