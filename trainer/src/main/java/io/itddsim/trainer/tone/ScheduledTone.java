package io.itddsim.trainer.tone;

/**
 * One tone of a pattern placed on the pattern's own time line: what Web Audio schedules and what
 * the WAV writer synthesises.
 *
 * @param frequencyHz the tone's frequency
 * @param startUs     when it starts, from the start of the pattern
 * @param durationUs  how long it lasts
 */
public record ScheduledTone(long frequencyHz, long startUs, long durationUs) {
    public long endUs() {
        return startUs + durationUs;
    }
}
