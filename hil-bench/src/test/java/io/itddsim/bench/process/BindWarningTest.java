package io.itddsim.bench.process;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itdd pump} says so when it listens beyond loopback (issue 10, F10). */
class BindWarningTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("F10: --tcp 0.0.0.0 prints a warning on stderr; the loopback default does not")
    void bindingEveryInterfaceIsLoud() throws Exception {
        // each in a folder of its own: each makes its own credentials file there
        Path a = java.nio.file.Files.createDirectory(dir.resolve("a"));
        Path b = java.nio.file.Files.createDirectory(dir.resolve("b"));
        try (PumpProcess everywhere =
                        PumpProcess.start(a, List.of(), List.of("--tcp", "0.0.0.0:0", "synchromed2-20ml"));
                PumpProcess loopback =
                        PumpProcess.start(b, List.of(), List.of("--tcp", "127.0.0.1:0", "synchromed2-20ml"))) {
            everywhere.tcpAddress(Duration.ofSeconds(60));
            loopback.tcpAddress(Duration.ofSeconds(60));

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertTrue(
                            everywhere.stderr().stream()
                                    .anyMatch(l -> l.contains("WARNING: --tcp ") && l.contains("not encrypted")),
                            String.join("\n", everywhere.stderr())));
            assertFalse(
                    loopback.stderr().stream().anyMatch(l -> l.contains("WARNING")),
                    String.join("\n", loopback.stderr()));
            assertTrue(everywhere.alive());
        }
    }
}
