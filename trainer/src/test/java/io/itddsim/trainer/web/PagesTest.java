package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over real HTTP: each a whole document in the shared frame, with its own title and script. */
class PagesTest {
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
    @DisplayName("every page has its title, the navigation to all four pages, one main and its own script")
    void everyPageIsWholeInTheFrame() throws Exception {
        Map<String, String> titleAndScript = Map.of(
                "index.html", "Sounds|sounds.js",
                "drill.html", "Drills|drill.js",
                "trainer.html", "Results|trainer.js",
                "live.html", "Live pump|live.js");
        for (var page : titleAndScript.entrySet()) {
            HttpResponse<String> reply = trainer.get(page.getKey());
            String html = reply.body();
            String[] expected = page.getValue().split("\\|");
            assertEquals(200, reply.statusCode(), page.getKey());
            assertTrue(html.startsWith("<!doctype html>"), page.getKey());
            assertTrue(html.contains("<title>" + expected[0] + " · itdd alarm trainer</title>"), page.getKey());
            assertTrue(html.contains("<script type=\"module\" src=\"/" + expected[1] + "\"></script>"), page.getKey());
            for (String link : titleAndScript.keySet()) {
                assertTrue(html.contains("<a href=\"/" + link + "\">"), page.getKey() + " links to " + link);
            }
            assertEquals(1, html.split("<main ", -1).length - 1, page.getKey());
            assertTrue(html.trim().endsWith("</html>"), page.getKey());
            assertFalse(html.contains("{{"), page.getKey() + " has an unfilled slot");
        }
        assertEquals(trainer.get("index.html").body(), trainer.get("").body(), "/ is the sounds page");
        assertEquals(404, trainer.get("frame.html").statusCode(), "the frame is not a page");
    }
}
