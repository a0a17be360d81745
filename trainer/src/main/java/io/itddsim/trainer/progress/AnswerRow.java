package io.itddsim.trainer.progress;

import java.time.Instant;

/**
 * One answer as stored and exported.
 *
 * @param sessionId    the session it was given in
 * @param trainee      who gave it
 * @param drillId      which drill
 * @param questionType severity, causes or action
 * @param given        the options picked, comma-separated
 * @param correct      whether it was right
 * @param answeredAt   when (wall clock)
 */
public record AnswerRow(
        long sessionId,
        String trainee,
        String drillId,
        String questionType,
        String given,
        boolean correct,
        Instant answeredAt) {}
