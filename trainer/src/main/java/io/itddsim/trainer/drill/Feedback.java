package io.itddsim.trainer.drill;

import java.util.List;

/**
 * What the trainee is told right after answering.
 *
 * @param correct     whether the answer was right (every fitting option and nothing else)
 * @param correctIds  the right options
 * @param explanation why, with what the emulator's pump did
 * @param source      where the facts come from (docs/DOMAIN.md section, field report)
 */
public record Feedback(boolean correct, List<String> correctIds, String explanation, String source) {
    public Feedback {
        correctIds = List.copyOf(correctIds);
    }
}
