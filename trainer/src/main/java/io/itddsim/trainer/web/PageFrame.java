package io.itddsim.trainer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The trainer's pages: each page's own content (resources {@code web/pages/NAME.html}) set in the
 * one frame every page shares (head, skip link, navigation, its script), so the navigation and the
 * head are written once. Pages are put together once, when the trainer starts.
 */
final class PageFrame {
    /** A page's title (after which " · itdd alarm trainer" follows) and its module script. */
    private record Page(String title, String script) {}

    private static final Map<String, Page> PAGES = Map.of(
            "index.html", new Page("Sounds", "sounds.js"),
            "drill.html", new Page("Drills", "drill.js"),
            "trainer.html", new Page("Results", "trainer.js"),
            "live.html", new Page("Live pump", "live.js"));

    private final Map<String, byte[]> rendered;

    PageFrame() {
        String frame = resource("frame.html");
        rendered = Map.copyOf(PAGES.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        page -> frame.replace("{{title}}", page.getValue().title())
                                .replace("{{script}}", page.getValue().script())
                                .replace("{{main}}", resource(page.getKey()))
                                .getBytes(StandardCharsets.UTF_8))));
    }

    /** The whole page of this name, or empty when the trainer has no such page. */
    Optional<byte[]> page(String name) {
        return Optional.ofNullable(rendered.get(name));
    }

    private static String resource(String name) {
        try (InputStream in = PageFrame.class.getClassLoader().getResourceAsStream("web/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the trainer jar lacks web/pages/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
