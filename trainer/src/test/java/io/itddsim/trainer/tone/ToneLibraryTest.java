package io.itddsim.trainer.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AnnunciationPattern;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ToneLibraryTest {

    @Test
    @DisplayName(
            "the trainer's patterns are the model's: back to back, same frequencies and durations, and they follow a changed profile")
    void patternsComeFromTheModel() {
        PumpProfile odd = PumpProfile.synchroMed20ml().with(ProfileParameter.ALARM_TONE_HIGH_HZ, 2400);
        for (PumpProfile profile : new PumpProfile[] {PumpProfile.synchroMed20ml(), odd}) {
            ToneLibrary library = ToneLibrary.of(profile);
            for (AlarmSeverity severity : AlarmSeverity.values()) {
                AnnunciationPattern model = AnnunciationPattern.of(severity, profile);
                SoundPattern pattern = library.pattern(severity);
                assertEquals(model.durationUs(), pattern.durationUs());
                long at = 0;
                for (int i = 0; i < model.tones().size(); i++) {
                    assertEquals(
                            model.tones().get(i).frequencyHz(),
                            pattern.tones().get(i).frequencyHz());
                    assertEquals(
                            model.tones().get(i).durationUs(),
                            pattern.tones().get(i).durationUs());
                    assertEquals(at, pattern.tones().get(i).startUs());
                    at += model.tones().get(i).durationUs();
                }
            }
        }
        assertEquals(
                2400,
                ToneLibrary.of(odd)
                        .pattern(AlarmSeverity.CRITICAL)
                        .tones()
                        .get(0)
                        .frequencyHz());
    }

    @Test
    @DisplayName("captions describe the sound in words and never name its severity")
    void captionsDescribeWithoutGivingTheAnswerAway() {
        ToneLibrary library = ToneLibrary.standard();
        assertEquals(
                "Two tones alternating, high 2000 Hz and low 1000 Hz, 6 parts of 0.5 s each, 3 s in all",
                library.pattern(AlarmSeverity.CRITICAL).caption());
        assertEquals(
                "One steady tone at 2000 Hz, 1 s long",
                library.pattern(AlarmSeverity.NON_CRITICAL).caption());
        for (SoundPattern p : library.patterns()) {
            assertFalse(p.caption().toLowerCase(Locale.ROOT).contains("critical"), p.caption());
        }
    }
}
