package io.itddsim.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.cli.BenchRunCommandTestSupport;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchResult;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.Suite;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report opened in a real browser (headless Chromium) with JavaScript switched off and
 * nothing but the file itself to load: the verdicts and the plots are there and drawn. The same run
 * writes the same bytes twice. A screenshot is kept in target/ for people to look at.
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "bench-report.png");

    @TempDir
    static Path dir;

    static BenchResult result;
    static ChromeDriver browser;

    @BeforeAll
    static void runAndOpenBrowser() throws Exception {
        Path green = StallScenario.write(dir, "stall.yaml", BenchRunCommandTestSupport.RIGHT);
        Path red = StallScenario.write(dir, "wrong.yaml", """
                  - alarm: MOTOR_STALL
                    within: 10ms
                    after: fault jam
                  - signal: reservoir_actual
                    min: 17 mL
                    after: fault jam
                """);
        BenchScenarioLoader loader = BenchScenarioLoader.builtIn();
        result = new BenchRunner(new EmbeddedTarget(), 2, BenchProgress.NONE)
                .run(List.of(new Suite("stall", List.of(loader.load(green), loader.load(red)))));
        browser = startBrowser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Debian's chromium and chromedriver, headless, with JavaScript off; the build installs them. */
    static ChromeDriver startBrowser() {
        assertTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "this test needs Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian: apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,2600");
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Test
    @DisplayName("the same run writes the same report bytes twice")
    void deterministic() throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        HtmlReport.write(result, a);
        HtmlReport.write(result, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    @DisplayName("the report needs nothing but itself: no scripts, no links, no images to fetch")
    void selfContained() {
        String html = HtmlReport.render(result);
        for (String fetches : new String[] {"<script", "<link", "<img", "<iframe", "src=", "@import", "https:"}) {
            assertFalse(html.contains(fetches), "the report contains " + fetches);
        }
        // the plots refer to their own clip paths, within the page, and to nothing else
        assertFalse(html.matches("(?s).*url\\((?!#).*"), "a url() outside the page");
        assertFalse(html.replace("http://www.w3.org/", "")
                .replace("http://www.jfree.org/", "")
                .contains("http"));
    }

    @Test
    @DisplayName(
            "opened in Chromium with JavaScript off, it shows the verdicts with their evidence and draws every plot")
    void opensInABrowser() throws Exception {
        Path report = dir.resolve("report.html");
        HtmlReport.write(result, report);
        browser.get(report.toUri().toString());
        assertEquals("itdd bench report", browser.findElement(By.tagName("h1")).getText());
        assertTrue(
                browser.findElement(By.id("totals"))
                        .getText()
                        .startsWith("2 scenarios on embedded: 1 passed, 1 failed"),
                browser.findElement(By.id("totals")).getText());

        List<WebElement> failed = browser.findElements(By.cssSelector("table.verdicts tr.FAILED"));
        assertEquals(1, failed.size());
        String row = failed.get(0).getText();
        assertTrue(row.contains("alarm MOTOR_STALL within 10ms after fault jam"), row);
        assertTrue(row.contains("no MOTOR_STALL alarm raised from 12h to 12h10ms"), row);
        assertEquals(
                7,
                browser.findElements(By.cssSelector("table.verdicts tr.PASSED")).size());

        List<WebElement> plots = browser.findElements(By.cssSelector("div.plot > svg"));
        assertEquals(10, plots.size(), "five plots per scenario");
        for (WebElement svg : plots) {
            Dimension size = svg.getSize();
            assertTrue(size.getWidth() >= 900 && size.getHeight() >= 150, "drawn at full size: " + size);
            assertFalse(svg.findElements(By.tagName("path")).isEmpty(), "has drawing in it");
        }
        assertTrue(browser.getPageSource().contains("fault jam"), "the fault window is labelled");

        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the report");
    }
}
