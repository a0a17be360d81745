package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven through chromium-driver, both at their Debian paths (the build's
 * ensure-chromium step installs them): Selenium downloads nothing. Keyboard helpers press real
 * keys, so a test that gets through a page with them proves the page works without a mouse.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_TABS = 60;

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A headless browser window of a laptop's size. */
    static Browser open() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--autoplay-policy=no-user-gesture-required",
                "--window-size=1280,900",
                "--disable-dev-shm-usage",
                "--lang=en-GB");
        return new Browser(new ChromeDriver(service, options));
    }

    void get(java.net.URI base, String page) {
        driver.get(base.resolve(page).toString());
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is what {@code target} wants; fails naming it otherwise. */
    WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement now = active();
            if (target.test(now)) {
                return now;
            }
            press(Keys.TAB);
        }
        fail("Tab never reached " + what + "; focus is on " + describe(active()));
        return null;
    }

    WebElement tabToId(String id) {
        return tabTo("#" + id, e -> id.equals(e.getAttribute("id")));
    }

    WebElement tabToValue(String value) {
        return tabTo("the option " + value, e -> value.equals(e.getAttribute("value")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Saves a screenshot of the whole page (the window grows to its height for the shot) as
     * target/screenshots/NAME.png; docs/TRAINER.md shows copies of them.
     */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Dimension before = driver.manage().window().getSize();
        long page = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        long viewport = ((Number) js("return window.innerHeight")).longValue();
        if (page > viewport) {
            resize(before.getWidth(), (int) Math.min(4000, before.getHeight() + page - viewport));
        }
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
        return file;
    }

    static String describe(WebElement e) {
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + " value=" + e.getAttribute("value") + "> "
                + e.getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
