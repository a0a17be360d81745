package io.itddsim.trainer.tone;

import io.itddsim.sim.alarm.AlarmSeverity;
import java.util.List;

/**
 * An annunciation pattern of the model, ready for a listener: its tones on a time line, how often
 * the pump repeats it, and a caption that says in words what it sounds like.
 *
 * @param severity   which alarms play it
 * @param id         {@code critical} or {@code non-critical} (file names, page ids)
 * @param label      what it is called in the pump's documentation
 * @param repeatUs   the default repeat interval of its alarms
 * @param durationUs total sounding time of one playing
 * @param tones      the tones in order
 * @param caption    the sound in words, without naming the severity (for drills)
 */
public record SoundPattern(
        AlarmSeverity severity,
        String id,
        String label,
        long repeatUs,
        long durationUs,
        List<ScheduledTone> tones,
        String caption) {
    public SoundPattern {
        tones = List.copyOf(tones);
    }
}
