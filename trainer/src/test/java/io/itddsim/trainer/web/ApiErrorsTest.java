package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on loopback: bad requests get a clear JSON error and change nothing. */
class ApiErrorsTest {
    @TempDir
    Path data;

    private TrainerFixture trainer;

    @BeforeEach
    void start() throws Exception {
        trainer = TrainerFixture.start(data, 5);
    }

    @AfterEach
    void stop() throws Exception {
        trainer.close();
    }

    @Test
    @DisplayName("bad bodies, unknown options, wrong methods and unknown pages are refused with the reason")
    void badRequestsAreRefused() throws Exception {
        HttpResponse<String> notJson = trainer.post("api/sessions", "{trainee");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("not JSON"), notJson.body());
        HttpResponse<String> noName = trainer.post("api/sessions", "{\"name\": \"x\"}");
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("'trainee' is missing"), noName.body());

        HttpResponse<String> started = trainer.post("api/sessions", "{\"trainee\": \"Hal\"}");
        assertEquals(201, started.statusCode());
        HttpResponse<String> badOption = trainer.post(
                "api/sessions/1/answers", "{\"drillId\":\"stall-day-30\",\"type\":\"severity\",\"answer\":[\"LOUD\"]}");
        assertEquals(400, badOption.statusCode());
        assertTrue(badOption.body().contains("LOUD"), badOption.body());
        HttpResponse<String> badType = trainer.post(
                "api/sessions/1/answers",
                "{\"drillId\":\"stall-day-30\",\"type\":\"colour\",\"answer\":[\"CRITICAL\"]}");
        assertEquals(400, badType.statusCode());
        assertTrue(badType.body().contains("severity, causes or action"), badType.body());
        assertEquals(
                "[]",
                trainer.get("api/export.json").body().replaceAll(".*\"answers\":(\\[\\]).*", "$1"),
                "nothing was stored");

        assertEquals(405, trainer.get("api/sessions").statusCode());
        assertEquals(404, trainer.get("api/sessions/99").statusCode());
        assertEquals(404, trainer.get("no-such-page.html").statusCode());
        assertEquals(404, trainer.get("..%2fpom.xml").statusCode());
    }

    @Test
    @DisplayName("a form post from another page (not JSON) and a request for another host name are refused")
    void crossSiteRequestsAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(trainer.address().resolve("api/sessions"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("trainee=Eve"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode());
        assertEquals("[]", trainer.get("api/trainees").body());
    }

    @Test
    @DisplayName("without --target the live page is told live mode is off")
    void liveModeOff() throws Exception {
        String live = trainer.get("api/live").body();
        assertTrue(live.contains("\"state\":\"off\"") && live.contains("--target"), live);
    }
}
