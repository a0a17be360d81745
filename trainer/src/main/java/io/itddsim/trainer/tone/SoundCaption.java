package io.itddsim.trainer.tone;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says in words what a pattern sounds like, from its tones, for captions and for people who do
 * not hear it. It describes the sound only and never names the severity, so a caption does not
 * give a drill's answer away.
 */
public final class SoundCaption {
    private SoundCaption() {}

    public static String describe(List<ScheduledTone> tones) {
        Set<Long> frequencies = new LinkedHashSet<>();
        boolean sameLength = true;
        for (ScheduledTone t : tones) {
            frequencies.add(t.frequencyHz());
            sameLength &= t.durationUs() == tones.get(0).durationUs();
        }
        long total = tones.isEmpty() ? 0 : tones.get(tones.size() - 1).endUs();
        if (frequencies.size() == 1) {
            return tones.size() == 1
                    ? "One steady tone at " + tones.get(0).frequencyHz() + " Hz, " + seconds(total) + " long"
                    : tones.size() + " beeps at " + tones.get(0).frequencyHz() + " Hz, " + seconds(total) + " in all";
        }
        long high = frequencies.stream().mapToLong(Long::longValue).max().orElseThrow();
        long low = frequencies.stream().mapToLong(Long::longValue).min().orElseThrow();
        String kind = frequencies.size() == 2
                ? "Two tones alternating, high " + high + " Hz and low " + low + " Hz"
                : frequencies.size() + " tones from " + low + " Hz to " + high + " Hz";
        String parts = sameLength
                ? ", " + tones.size() + " parts of " + seconds(tones.get(0).durationUs()) + " each"
                : ", " + tones.size() + " parts";
        return kind + parts + ", " + seconds(total) + " in all";
    }

    /** Microseconds as seconds, without trailing zeros: 500000 as "0.5 s", 3000000 as "3 s". */
    public static String seconds(long us) {
        return java.math.BigDecimal.valueOf(us, 6).stripTrailingZeros().toPlainString() + " s";
    }

    /** A repeat interval in words: "10 min", "1 h", "90 s". */
    public static String interval(long us) {
        long s = us / 1_000_000;
        if (s % 3600 == 0) {
            return s / 3600 + " h";
        }
        if (s % 60 == 0) {
            return s / 60 + " min";
        }
        return seconds(us);
    }
}
