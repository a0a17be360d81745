package io.itddsim.sim.alarm;

import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pump plays, as data, so a trainer can reproduce it exactly: the tones in order. The
 * critical pattern alternates two tones for 3 s, the non-critical one is a single 1 s tone
 * (DOMAIN.md 3); frequencies and segment length are profile parameters.
 */
public record AnnunciationPattern(AlarmSeverity severity, List<Tone> tones) implements java.io.Serializable {
    public AnnunciationPattern {
        tones = List.copyOf(tones);
    }

    /** The pattern the pump plays for alarms of {@code severity}. */
    public static AnnunciationPattern of(AlarmSeverity severity, PumpProfile profile) {
        long high = profile.get(ProfileParameter.ALARM_TONE_HIGH_HZ);
        if (severity == AlarmSeverity.NON_CRITICAL) {
            return new AnnunciationPattern(
                    severity, List.of(new Tone(high, profile.get(ProfileParameter.NON_CRITICAL_TONE_US))));
        }
        long low = profile.get(ProfileParameter.ALARM_TONE_LOW_HZ);
        long total = profile.get(ProfileParameter.CRITICAL_TONE_US);
        long segment = profile.get(ProfileParameter.TWO_TONE_SEGMENT_US);
        List<Tone> tones = new ArrayList<>();
        for (long at = 0, i = 0; at < total; at += segment, i++) {
            tones.add(new Tone(i % 2 == 0 ? high : low, Math.min(segment, total - at)));
        }
        return new AnnunciationPattern(severity, tones);
    }

    /** Total sounding time. */
    public long durationUs() {
        long sum = 0;
        for (Tone t : tones) {
            sum += t.durationUs();
        }
        return sum;
    }
}
