package io.itddsim.sim.alarm;

import java.util.List;

/**
 * The pump sounded a pattern.
 *
 * @param timeUs  sim time the pattern started
 * @param pattern what was played
 * @param alarms  the alarms it announced (empty for an alarm test)
 * @param test    true when it was an alarm test, not a real alarm
 */
public record Annunciation(long timeUs, AnnunciationPattern pattern, List<AlarmType> alarms, boolean test)
        implements java.io.Serializable {
    public Annunciation {
        alarms = List.copyOf(alarms);
    }
}
