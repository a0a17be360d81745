package io.itddsim.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchResult;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.Suite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A run with a patient gets the patient's plots in the HTML report (its concentrations, its clinical
 * states with the withdrawal drive), fault windows shaded as on every plot, and a table of its
 * course; a run without one gets none. The bytes are the same from run to run.
 */
class PatientPlotsTest {
    @TempDir
    Path dir;

    private BenchResult run(Path... files) throws Exception {
        BenchScenarioLoader loader = BenchScenarioLoader.builtIn();
        List<io.itddsim.bench.expect.BenchScenario> scenarios = new java.util.ArrayList<>();
        for (Path f : files) {
            scenarios.add(loader.load(f));
        }
        return new BenchRunner(new EmbeddedTarget(), 1, BenchProgress.NONE)
                .run(List.of(new Suite("patient", scenarios)));
    }

    @Test
    @DisplayName("with a patient: two more plots with the fault shaded, the course table, and the same bytes twice")
    void patientPlots() throws Exception {
        Path withPatient = StallScenario.writeWithPatient(dir, "patient.yaml", "  - no_patient: opioid_overdose\n");
        Path without = StallScenario.write(dir, "stall.yaml", "  - no_event: ALARM_CLEARED\n");
        BenchResult result = run(withPatient, without);
        String html = HtmlReport.render(result);
        assertEquals(1, count(html, "<h4>Patient: spinal-fluid concentrations (simulated ground truth)</h4>"));
        assertEquals(1, count(html, "<h4>Patient: clinical states and withdrawal drive (simulated ground truth)</h4>"));
        String states = html.substring(html.indexOf("-patient-states-svg"));
        states = states.substring(0, states.indexOf("</svg>"));
        assertTrue(states.contains("fault jam"), "the fault window is shaded and labelled on the patient's plot");
        assertTrue(states.contains("alarm MOTOR_STALL"), "the pump's alarm stands beside the patient's course");
        assertTrue(states.contains("opioid_withdrawal"), "each followed state is drawn");
        assertTrue(html.contains("<td>opioid_withdrawal</td><td class=\"num\">0 &rarr; 1</td>"), "the course table");

        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        HtmlReport.write(run(withPatient, without), a);
        HtmlReport.write(run(withPatient, without), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        ChromeDriver browser = HtmlReportBrowserTest.startBrowser();
        try {
            browser.get(a.toUri().toString());
            List<WebElement> plots = browser.findElements(By.cssSelector("div.plot > svg"));
            assertEquals(12, plots.size(), "five plots per scenario, two more for the patient");
            for (WebElement svg : plots) {
                Dimension size = svg.getSize();
                assertTrue(size.getWidth() >= 900 && size.getHeight() >= 150, "drawn at full size: " + size);
                assertFalse(svg.findElements(By.tagName("path")).isEmpty(), "has drawing in it");
            }
        } finally {
            browser.quit();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
