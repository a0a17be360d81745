package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.trainer.drill.AlarmCauses;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A trainee does a drill in a real browser with the keyboard alone, and is scored right. */
class KeyboardDrillBrowserTest {
    @TempDir
    Path data;

    private TrainerFixture trainer;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        trainer = TrainerFixture.start(data, 1);
        browser = Browser.open();
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        trainer.close();
    }

    private void checkAndContinue(String expectedVerdict) {
        browser.tabToId("check");
        assertNotEquals("none", browser.active().getCssValue("outline-style"), "the focused button shows its focus");
        browser.press(Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("feedback-title")));
        assertEquals("feedback-title", browser.active().getAttribute("id"), "focus moves to the feedback");
        assertEquals(expectedVerdict, browser.text("feedback-title"));
    }

    private void next() {
        browser.tabToId("next");
        browser.press(Keys.ENTER);
    }

    private void waitForQuestion(int index) {
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), "question " + index + " of 3"));
    }

    /** Severity right: the critical alarm, picked with Space on the first radio button. */
    private void answerSeverity() {
        browser.tabToValue("CRITICAL");
        browser.press(Keys.SPACE);
        checkAndContinue("Right");
        next();
    }

    /** What to do: down the radio group with the arrow keys to "call the clinic now". */
    private void answerAction() {
        waitForQuestion(3);
        assertEquals("INTERROGATE", browser.active().getAttribute("value"), "focus starts on the first answer");
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("CALL_CLINIC_NOW", browser.active().getAttribute("value"));
        checkAndContinue("Right");
    }

    @Test
    @DisplayName(
            "keyboard only: name, play the sound, three questions, a missed drill coming back, and a summary with the right score")
    void keyboardOnlyDrill() throws Exception {
        browser.get(trainer.address(), "drill.html");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trainee")));
        browser.screenshot("drill-start");
        browser.tabToId("trainee");
        browser.press("Ada Lovelace");
        browser.tabTo("the start button", e -> e.getText().equals("Start drills"));
        browser.press(Keys.ENTER);

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("drill-heading")));
        assertEquals("Motor stall at day 30 with an off-label drug (hydromorphone)", browser.text("drill-heading"));
        assertTrue(browser.text("situation").startsWith("On day 30, 00:00:00"), browser.text("situation"));
        browser.tabToId("play-sound");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> ((Number) browser.js("return window.itddScheduledTones.length")).intValue() == 6);
        assertTrue(browser.text("drill-caption").contains("Two tones alternating"), browser.text("drill-caption"));
        browser.screenshot("drill-question");
        answerSeverity();

        // which causes fit: only the motor stall is ticked, so this answer is wrong
        waitForQuestion(2);
        assertEquals("MOTOR_STALL", browser.active().getAttribute("value"));
        browser.press(Keys.SPACE);
        checkAndContinue("Not quite");
        assertTrue(browser.text("correct-answer").contains("Empty reservoir"), browser.text("correct-answer"));
        browser.screenshot("drill-feedback");
        next();
        answerAction();
        next();

        // the missed drill comes back in the same session; this time every fitting cause is ticked
        waitForQuestion(1);
        assertTrue(browser.text("progress").contains("drill 2 of 2"), browser.text("progress"));
        assertEquals("Motor stall at day 30 with an off-label drug (hydromorphone)", browser.text("drill-heading"));
        answerSeverity();
        waitForQuestion(2);
        List<String> critical = AlarmCauses.ofSeverity(AlarmSeverity.CRITICAL).stream()
                .map(Enum::name)
                .toList();
        for (String cause : critical) {
            browser.tabToValue(cause);
            browser.press(Keys.SPACE);
        }
        checkAndContinue("Right");
        next();
        answerAction();
        next();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("summary-heading")));
        assertEquals("summary-heading", browser.active().getAttribute("id"));
        assertEquals("Session summary for Ada Lovelace", browser.text("summary-heading"));
        String scores = browser.text("summary-scores");
        assertTrue(scores.contains("severity 2 of 2"), scores);
        assertTrue(scores.contains("causes 1 of 2"), scores);
        assertTrue(scores.contains("action 2 of 2"), scores);
        assertTrue(browser.text("missed").contains("Motor stall at day 30"), browser.text("missed"));
        assertTrue(browser.text("revisit").contains("nothing to revisit"), browser.text("revisit"));
        browser.screenshot("drill-summary");

        String trainees = trainer.get("api/trainees").body();
        assertTrue(trainees.contains("\"severity\":{\"correct\":2,\"total\":2}"), trainees);
        assertTrue(trainees.contains("\"causes\":{\"correct\":1,\"total\":2}"), trainees);
        assertTrue(trainees.contains("\"action\":{\"correct\":2,\"total\":2}"), trainees);
    }
}
