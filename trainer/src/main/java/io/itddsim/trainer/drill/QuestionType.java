package io.itddsim.trainer.drill;

/** The kinds of question a drill asks, scored apart (a trainee may know the sounds but not what to do). */
public enum QuestionType {
    /** Critical, non-critical, or no alarm at all. */
    SEVERITY("severity"),
    /** Which alarm causes fit what the pump does. */
    CAUSES("causes"),
    /** What to do now. */
    ACTION("action");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** By id; throws naming the accepted ids. */
    public static QuestionType byId(String id) {
        for (QuestionType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown question type '" + id + "'; expected severity, causes or action");
    }
}
