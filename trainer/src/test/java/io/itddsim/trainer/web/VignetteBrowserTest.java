package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An "overdose or withdrawal?" vignette answered in a real browser with the keyboard alone: the
 * critical alarm sounds while the simulated patient is still well, and a trainee who guesses
 * withdrawal from the alarm is told why not, with the run's figures.
 */
class VignetteBrowserTest {
    private static final String VIGNETTE = "vignette-hydromorphone-stall-alarm";

    @TempDir
    Path data;

    private TrainerFixture trainer;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        trainer = TrainerFixture.withDrills(data, 1, VIGNETTE);
        browser = Browser.open();
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        trainer.close();
    }

    private void waitForQuestion(int index) {
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), "question " + index + " of 3"));
    }

    private void check(String expectedVerdict) {
        browser.tabToId("check");
        browser.press(Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("feedback-title")));
        assertEquals("feedback-title", browser.active().getAttribute("id"), "focus moves to the feedback");
        assertEquals(expectedVerdict, browser.text("feedback-title"));
    }

    private void next() {
        browser.tabToId("next");
        browser.press(Keys.ENTER);
    }

    /** The first and last questions, answered right: the critical alarm, and call the clinic now. */
    private void answerSeverity() {
        waitForQuestion(1);
        browser.tabToValue("CRITICAL");
        browser.press(Keys.SPACE);
        check("Right");
        next();
    }

    private void answerAction() {
        waitForQuestion(3);
        assertEquals("INTERROGATE", browser.active().getAttribute("value"));
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("CALL_CLINIC_NOW", browser.active().getAttribute("value"));
        check("Right");
        next();
    }

    /** Moves down the patient question's radio group from its first answer to {@code value}. */
    private void pickClassification(int downs, String value) {
        waitForQuestion(2);
        assertEquals("OVERDOSE", browser.active().getAttribute("value"), "focus starts on the first answer");
        for (int i = 0; i < downs; i++) {
            browser.press(Keys.ARROW_DOWN);
        }
        assertEquals(value, browser.active().getAttribute("value"));
    }

    @Test
    @DisplayName(
            "keyboard only: the alarm sounds, the patient's signs are shown, 'withdrawal' is wrong with the run's figures, and the vignette comes back")
    void aVignetteAnsweredWithTheKeyboard() throws Exception {
        browser.get(trainer.address(), "drill.html");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trainee")));
        browser.tabToId("trainee");
        browser.press("Florence Nightingale");
        browser.tabTo("the start button", e -> e.getText().equals("Start drills"));
        browser.press(Keys.ENTER);

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("drill-heading")));
        assertEquals(
                "Overdose or withdrawal? A hydromorphone pump sounds its critical alarm",
                browser.text("drill-heading"));
        String situation = browser.text("situation");
        assertTrue(situation.startsWith("On day 2, 00:01:00, a sound comes from the pump"), situation);
        assertTrue(
                situation.contains("At the bedside: none of these signs: sedation, small pupils, returning pain"),
                situation);
        assertTrue(browser.text("patient-note").contains("not a clinical tool"), browser.text("patient-note"));
        browser.tabToId("play-sound");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> ((Number) browser.js("return window.itddScheduledTones.length")).intValue() == 6);
        answerSeverity();

        // the alarm is critical, but the patient is still well: withdrawal is the wrong guess
        pickClassification(1, "WITHDRAWAL");
        assertTrue(browser.driver
                .findElement(By.tagName("legend"))
                .getText()
                .contains("overdose, a withdrawal, or neither"));
        browser.screenshot("vignette-question");
        check("Not quite");
        assertEquals("The answer: Neither: no sign of overdose or withdrawal.", browser.text("correct-answer"));
        String explanation = browser.text("explanation");
        assertTrue(explanation.contains("The gear train jammed at day 2, 00:00:00"), explanation);
        assertTrue(
                explanation.matches(".*still holds [0-9,]+ ng/mL.*% of the [0-9,]+ ng/mL he is adapted to.*"),
                explanation);
        assertTrue(browser.driver
                .findElement(By.cssSelector("#feedback .source"))
                .getText()
                .contains("docs/DOMAIN.md 4"));
        browser.screenshot("vignette-feedback");
        next();
        answerAction();

        // missed, so it comes back in the same session; this time: neither
        waitForQuestion(1);
        assertTrue(browser.text("progress").contains("drill 2 of 2"), browser.text("progress"));
        answerSeverity();
        pickClassification(2, "NEITHER");
        check("Right");
        next();
        answerAction();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("summary-heading")));
        String scores = browser.text("summary-scores");
        assertTrue(scores.contains("classification 1 of 2"), scores);
        assertTrue(scores.contains("severity 2 of 2"), scores);
        assertTrue(scores.contains("action 2 of 2"), scores);
        String trainees = trainer.get("api/trainees").body();
        assertTrue(trainees.contains("\"classification\":{\"correct\":1,\"total\":2}"), trainees);
    }
}
