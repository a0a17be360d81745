package io.itddsim.trainer.drill;

import java.util.List;

/**
 * A question as the page shows it (no answer in it).
 *
 * @param type     what it asks about
 * @param prompt   the question
 * @param options  the answers to pick from
 * @param multiple true when every fitting answer must be picked (check boxes), false for one
 */
public record Question(QuestionType type, String prompt, List<Option> options, boolean multiple) {
    public Question {
        options = List.copyOf(options);
    }
}
