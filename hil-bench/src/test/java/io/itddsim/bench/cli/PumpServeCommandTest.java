package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itdd pump} refuses what it cannot run, before it starts anything (exit 2). */
class PumpServeCommandTest {

    private static final String SCENARIO =
            Path.of("..", "scenarios", "bolus-day.yaml").toString();

    @TempDir
    Path dir;

    @Test
    @DisplayName("bad pace, lockstep without test mode, a broken scenario, an unreadable key file, a real-time"
            + " priority out of range: exit 2 with a message")
    void badInputExitsTwo() throws Exception {
        Path keys = dir.resolve("keys.yaml");
        Files.writeString(keys, "keys: {}\n");
        Files.setPosixFilePermissions(keys, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "version: 1\nname: [\n");

        SimulateCommandTest.Run pace = SimulateCommandTest.run("pump", "--pace", "warp", SCENARIO);
        SimulateCommandTest.Run lockstep = SimulateCommandTest.run("pump", "--pace", "lockstep", SCENARIO);
        SimulateCommandTest.Run scenario = SimulateCommandTest.run("pump", broken.toString());
        SimulateCommandTest.Run credentials =
                SimulateCommandTest.run("pump", "--credentials", keys.toString(), SCENARIO);
        SimulateCommandTest.Run tcp = SimulateCommandTest.run("pump", "--tcp", "localhost", SCENARIO);
        SimulateCommandTest.Run priority = SimulateCommandTest.run("pump", "--realtime-priority", "120", SCENARIO);

        assertEquals(2, pace.exit());
        assertTrue(pace.err().contains("realtime:FACTOR"), pace.err());
        assertEquals(2, lockstep.exit());
        assertTrue(lockstep.err().contains("--test-mode"), lockstep.err());
        assertEquals(2, scenario.exit());
        assertTrue(scenario.err().contains("broken.yaml"), scenario.err());
        assertEquals(2, credentials.exit());
        assertTrue(credentials.err().contains("keys"), credentials.err());
        assertEquals(2, tcp.exit());
        assertTrue(tcp.err().contains("HOST:PORT"), tcp.err());
        assertEquals(2, priority.exit());
        assertTrue(
                priority.err().contains("--realtime-priority") && priority.err().contains("1 to 99"), priority.err());
    }

    @Test
    @DisplayName("a test-mode pump keeps state only when told, so --fresh needs --state; a playback keeps none: exit 2")
    void stateOptionsThatCannotApplyExitTwo() throws Exception {
        SimulateCommandTest.Run fresh = SimulateCommandTest.run("pump", "--test-mode", "--fresh", SCENARIO);
        SimulateCommandTest.Run playback = SimulateCommandTest.run(
                "pump", "--playback", dir.resolve("r.itddrec").toString(), "--state", dir.toString());

        assertEquals(2, fresh.exit());
        assertTrue(fresh.err().contains("--state DIR"), fresh.err());
        assertEquals(2, playback.exit());
        assertTrue(playback.err().contains("keeps no state"), playback.err());
        assertTrue(Files.notExists(Path.of("itdd-state")), "no state folder was made");
        assertTrue(Files.notExists(Path.of("itdd-credentials.yaml")), "no key file was made");
    }
}
