package io.itddsim.bench.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.cli.BenchRunCommandTestSupport;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.wire.host.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itdd bench run --target tcp://...} from the command line, against an emulated pump. */
class BenchOverTcpCommandTest {
    @TempDir
    Path dir;

    private Path credentials() throws Exception {
        Path file = dir.resolve("keys.yaml");
        Files.writeString(
                file,
                "keys:\n  bench:\n    secret: " + HexFormat.of().formatHex(BenchPumps.KEY.secret())
                        + "\n    roles: [observer, patient, clinician, bench]\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    @DisplayName("the same verdicts as embedded, and a wrong expectation still exits 1 with its evidence")
    void overTcp() throws Exception {
        Path file = StallScenario.write(dir, "stall.yaml", BenchRunCommandTestSupport.RIGHT + """
                  - alarm: MOTOR_STALL
                    within: 10ms
                    after: fault jam
                """);
        try (BenchPumps pump = BenchPumps.start(Pacing.lockstep(), true, false)) {
            String target = pump.tcp().text();
            var r = BenchRunCommandTestSupport.run(
                    "bench",
                    "run",
                    file.toString(),
                    "--target",
                    target,
                    "--key-file",
                    credentials().toString());
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(
                    r.out()
                            .contains("1 scenario on " + target
                                    + ": 0 passed, 1 failed, 0 errors; 7 expectations: 6 passed, 1 failed"),
                    r.out());
            assertTrue(
                    r.out().contains("no MOTOR_STALL alarm raised from 12h to 12h10ms; the first was raised at 12h"),
                    r.out());
        }
    }

    @Test
    @DisplayName("a scenario the wire cannot carry, or a missing key file, is bad input: exit 2 before anything runs")
    void badInputForWire() throws Exception {
        Path file = dir.resolve("conditional.yaml");
        Files.writeString(
                file,
                StallScenario.with(BenchRunCommandTestSupport.RIGHT)
                        .replace("    at: 12h\n", "    at: 12h\n    when: \"reservoir_actual < 17.9 mL\"\n"));
        var r = BenchRunCommandTestSupport.run(
                "bench",
                "run",
                file.toString(),
                "--target",
                "tcp://127.0.0.1:9",
                "--key-file",
                credentials().toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("faults: jam: when cannot be sent in a FaultArm"), r.err());

        Path plain = StallScenario.write(dir, "stall.yaml", BenchRunCommandTestSupport.RIGHT);
        var noKeys = BenchRunCommandTestSupport.run(
                "bench",
                "run",
                plain.toString(),
                "--target",
                "tcp://127.0.0.1:9",
                "--key-file",
                dir.resolve("none.yaml").toString());
        assertEquals(2, noKeys.exit(), noKeys.out() + noKeys.err());
        assertTrue(noKeys.err().contains("none.yaml"), noKeys.err());
    }
}
