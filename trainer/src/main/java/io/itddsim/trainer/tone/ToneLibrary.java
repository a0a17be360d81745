package io.itddsim.trainer.tone;

import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AnnunciationPattern;
import io.itddsim.sim.alarm.Tone;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sounds the trainer plays, taken from the model's annunciation data
 * ({@link AnnunciationPattern}, DOMAIN.md 3) and never written down a second time: the page's Web
 * Audio schedule and the WAV files are both made from this.
 */
public final class ToneLibrary {
    private final PumpProfile profile;
    private final Map<AlarmSeverity, SoundPattern> patterns = new EnumMap<>(AlarmSeverity.class);

    private ToneLibrary(PumpProfile profile) {
        this.profile = profile;
        AlarmSettings defaults = AlarmSettings.defaults(profile);
        for (AlarmSeverity severity : AlarmSeverity.values()) {
            AnnunciationPattern model = AnnunciationPattern.of(severity, profile);
            List<ScheduledTone> tones = new ArrayList<>();
            long at = 0;
            for (Tone tone : model.tones()) {
                tones.add(new ScheduledTone(tone.frequencyHz(), at, tone.durationUs()));
                at += tone.durationUs();
            }
            patterns.put(
                    severity,
                    new SoundPattern(
                            severity,
                            id(severity),
                            label(severity),
                            defaults.repeatUs(severity),
                            model.durationUs(),
                            tones,
                            SoundCaption.describe(tones)));
        }
    }

    /** The sounds of the given pump model. */
    public static ToneLibrary of(PumpProfile profile) {
        return new ToneLibrary(profile);
    }

    /** The sounds of the SynchroMed II model the bundled scenarios use (both sizes sound alike). */
    public static ToneLibrary standard() {
        return of(PumpProfile.synchroMed20ml());
    }

    public String profileName() {
        return profile.name();
    }

    public SoundPattern pattern(AlarmSeverity severity) {
        return patterns.get(severity);
    }

    /** Critical first, then non-critical. */
    public List<SoundPattern> patterns() {
        return List.copyOf(patterns.values());
    }

    public static String id(AlarmSeverity severity) {
        return severity == AlarmSeverity.CRITICAL ? "critical" : "non-critical";
    }

    private static String label(AlarmSeverity severity) {
        return severity == AlarmSeverity.CRITICAL ? "Critical alarm" : "Non-critical alarm";
    }
}
