package io.itddsim.sim.alarm;

/** One tone of an annunciation pattern: a frequency held for a duration. */
public record Tone(long frequencyHz, long durationUs) implements java.io.Serializable {
    public Tone {
        if (frequencyHz <= 0 || durationUs <= 0) {
            throw new IllegalArgumentException("tone needs a positive frequency and duration");
        }
    }
}
