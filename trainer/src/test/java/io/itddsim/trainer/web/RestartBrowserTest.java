package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Results are kept in the data folder's database: a restarted trainer shows them, and exports them. */
class RestartBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    @DisplayName(
            "a trainee's answers survive a restart of the trainer: the results page and the CSV and JSON exports show them")
    void resultsSurviveARestart() throws Exception {
        try (TrainerFixture first = TrainerFixture.start(data, 5)) {
            HttpResponse<String> started = first.post("api/sessions", "{\"trainee\": \"Grace\"}");
            assertEquals(201, started.statusCode(), started.body());
            long session = JSON.readTree(started.body()).get("sessionId").asLong();
            String answers = "api/sessions/" + session + "/answers";
            assertEquals(
                    200,
                    first.post(
                                    answers,
                                    "{\"drillId\":\"stall-day-30\",\"type\":\"severity\",\"answer\":[\"CRITICAL\"]}")
                            .statusCode());
            assertEquals(
                    200,
                    first.post(
                                    answers,
                                    "{\"drillId\":\"stall-day-30\",\"type\":\"causes\",\"answer\":[\"MOTOR_STALL\"]}")
                            .statusCode());
            HttpResponse<String> last = first.post(
                    answers, "{\"drillId\":\"stall-day-30\",\"type\":\"action\",\"answer\":[\"CALL_CLINIC_NOW\"]}");
            assertTrue(JSON.readTree(last.body()).get("correct").asBoolean(), last.body());
            HttpResponse<String> refused =
                    first.post(answers, "{\"drillId\":\"stall-day-30\",\"type\":\"action\",\"answer\":[\"REFILL\"]}");
            assertEquals(409, refused.statusCode(), "an answer out of turn is refused: " + refused.body());
        }

        try (TrainerFixture second = TrainerFixture.start(data, 5);
                Browser browser = Browser.open()) {
            browser.get(second.address(), "trainer.html");
            WebElement row = browser.waitFor(
                    ExpectedConditions.presenceOfElementLocated(By.xpath("//table[@id='trainees']//tr[th='Grace']")));
            String text = row.getText();
            assertTrue(text.contains("100% (1/1) 0% (0/1) 100% (1/1) 67% (2/3) stall-day-30"), text);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("drills")));
            browser.screenshot("results");

            String csv = second.get("api/export.csv").body();
            assertEquals(4, csv.split("\r\n").length, csv);
            assertTrue(
                    csv.contains(
                            "Grace,1,stall-day-30,Motor stall at day 30 with an off-label drug (hydromorphone),causes,MOTOR_STALL,false,"),
                    csv);
            JsonNode json = JSON.readTree(second.get("api/export.json").body());
            assertEquals(3, json.get("answers").size());
            assertEquals("Grace", json.get("trainees").get(0).get("name").asText());
            assertEquals(
                    2, json.get("trainees").get(0).get("overall").get("correct").asInt());
            HttpResponse<String> gone = second.get("api/sessions/1");
            assertEquals(404, gone.statusCode(), "a session in progress ends with the trainer; its answers stay");
        }
    }
}
