package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AnnunciationPattern;
import io.itddsim.sim.alarm.Tone;
import io.itddsim.sim.profile.PumpProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The tones the page schedules with Web Audio are the model's: read through the page's test hook
 * (every oscillator's frequency, start and stop), not the speaker.
 */
class ToneScheduleBrowserTest {
    @TempDir
    Path data;

    private TrainerFixture trainer;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        trainer = TrainerFixture.start(data, 5);
        browser = Browser.open();
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        trainer.close();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> scheduled() {
        return (List<Map<String, Object>>) browser.js("return window.itddScheduledTones");
    }

    private void assertScheduledAsTheModel(List<Map<String, Object>> tones, AlarmSeverity severity) {
        AnnunciationPattern model = AnnunciationPattern.of(severity, PumpProfile.synchroMed20ml());
        assertEquals(model.tones().size(), tones.size(), tones.toString());
        long at = 0;
        for (int i = 0; i < tones.size(); i++) {
            Tone expected = model.tones().get(i);
            Map<String, Object> got = tones.get(i);
            assertEquals(
                    expected.frequencyHz(), ((Number) got.get("frequencyHz")).longValue(), severity + " tone " + i);
            assertEquals(at, ((Number) got.get("startUs")).longValue(), severity + " tone " + i + " start");
            at += expected.durationUs();
            assertEquals(at, ((Number) got.get("stopUs")).longValue(), severity + " tone " + i + " stop");
        }
    }

    @Test
    @DisplayName(
            "nothing plays before the user asks; then each pattern is scheduled exactly as the model defines it, with a caption")
    void webAudioScheduleMatchesTheModel() throws Exception {
        browser.get(trainer.address(), "index.html");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("play-critical")));
        assertEquals(List.of(), scheduled(), "no tone is scheduled until a Play button is pressed");

        browser.tabToId("play-critical");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> scheduled().size() == 6);
        assertScheduledAsTheModel(scheduled(), AlarmSeverity.CRITICAL);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("caption-critical"),
                "[Sound playing: Critical alarm: Two tones alternating, high 2000 Hz and low 1000 Hz"));
        browser.screenshot("sounds");

        browser.tabToId("play-non-critical");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> scheduled().size() == 7);
        assertScheduledAsTheModel(scheduled().subList(6, 7), AlarmSeverity.NON_CRITICAL);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("caption-non-critical"), "Non-critical alarm: One steady tone at 2000 Hz, 1 s long"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("caption-critical"), "[Sound ended"));
    }

    @Test
    @DisplayName("on a tablet-sized screen the pages fit the width: nothing to scroll sideways")
    void pagesFitATablet() throws Exception {
        browser.resize(820, 1180);
        for (String page : List.of("index.html", "drill.html", "trainer.html", "live.html")) {
            browser.get(trainer.address(), page);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            long overflow = ((Number) browser.js("return document.documentElement.scrollWidth - window.innerWidth"))
                    .longValue();
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than the screen");
        }
        browser.get(trainer.address(), "index.html");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("play-critical")));
        browser.screenshot("sounds-tablet");
    }
}
