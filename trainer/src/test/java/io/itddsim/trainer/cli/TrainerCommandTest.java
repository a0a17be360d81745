package io.itddsim.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code itdd trainer} refuses bad input at once, with exit 2 and a message, and starts nothing. */
class TrainerCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run itdd(String... args) {
        CommandLine cl = TrainerMain.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    @DisplayName("a bad port, target or key file exits 2 naming what was wrong, and makes no data folder")
    void badInputExitsTwo() throws Exception {
        Path data = dir.resolve("data");
        Run port = itdd("trainer", "--port", "70000", "--data", data.toString());
        assertEquals(2, port.exit());
        assertTrue(port.err().contains("--port must be 0..65535, got 70000"), port.err());

        Run target = itdd("trainer", "--target", "udp://127.0.0.1:7700", "--data", data.toString());
        assertEquals(2, target.exit());
        assertTrue(target.err().contains("expected tcp://HOST:PORT"), target.err());

        Run keys = itdd(
                "trainer",
                "--target",
                "tcp://127.0.0.1:7700",
                "--key-file",
                dir.resolve("none.yaml").toString(),
                "--data",
                data.toString());
        assertEquals(2, keys.exit());
        assertTrue(keys.err().contains("none.yaml"), keys.err());

        // like ssh with a private key, a credentials file others may read is refused (roles nest, so
        // every key may observe: the key's role is never what stops the trainer)
        Path readable = Files.writeString(dir.resolve("bench.yaml"), """
                keys:
                  bench:
                    secret: 1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100
                    roles: [bench]
                """);
        Files.setPosixFilePermissions(readable, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Run open = itdd(
                "trainer",
                "--target",
                "tcp://127.0.0.1:7700",
                "--key-file",
                readable.toString(),
                "--data",
                data.toString());
        assertEquals(2, open.exit());
        assertTrue(open.err().contains("chmod 600"), open.err());
        assertFalse(Files.exists(data));
    }

    @Test
    @DisplayName("help lists the trainer's options and the alarms export")
    void help() {
        Run trainer = itdd("trainer", "--help");
        assertEquals(0, trainer.exit());
        assertTrue(trainer.out().contains("--port")
                && trainer.out().contains("--data")
                && trainer.out().contains("--target"));
        Run export = itdd("alarms", "export", "--help");
        assertEquals(0, export.exit());
        assertTrue(export.out().contains("--wav"), export.out());
    }
}
