package io.itddsim.bench.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PtmLimits;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFileTest {
    private static final long DAY_US = PumpProfile.US_PER_DAY;

    /** A pump with something of everything in flight: alarms, a bolus, pending commands, NVM damage. */
    private static PumpSimulator busyPump() {
        Prescription rx = Prescription.continuous("morphine", 25_000, 3_000_000)
                .withPtm(new PtmLimits(20_000, 600_000_000L, 3_600_000_000L, 4));
        PumpSimulator sim =
                PumpSimulator.create(SimulationSetup.inService(PumpProfile.synchroMed20ml(), 5, 20_000_000, rx)
                        .withBatteryDepthOfDischargePpm(917_400));
        sim.schedule(2 * DAY_US, new PumpCommand.PatientBolus());
        sim.schedule(5 * DAY_US + 7, new PumpCommand.Interrogate());
        sim.schedule(9 * DAY_US, PumpCommand.Refill.ofReservoir(18_000_000, 25_000, 30 * DAY_US));
        sim.schedule(
                12 * DAY_US,
                new PumpCommand.StartBolus(io.itddsim.sim.firmware.BolusKind.SINGLE, 100_000, 3_600_000_000L));
        return sim;
    }

    @Test
    @DisplayName("restoring a snapshot and continuing ends in the same state hash as never stopping")
    void restoreAndContinueMatchesUninterrupted(@TempDir Path dir) throws Exception {
        PumpSimulator first = busyPump();
        first.runUntil(3 * DAY_US + 123_000);
        first.plant().gears().setWearPpm(5_000_000); // stalled, alarming
        Path file = dir.resolve("pump.snap");

        PumpSimulator reference = busyPump();
        reference.runUntil(3 * DAY_US + 123_000);
        reference.plant().gears().setWearPpm(5_000_000);
        reference.plant().nvm().flipBits(40, 0x04);
        first.plant().nvm().flipBits(40, 0x04);
        reference.runUntil(4 * DAY_US);
        first.runUntil(4 * DAY_US);
        SnapshotFile.save(first, file);
        reference.runUntil(20 * DAY_US);

        PumpSimulator restored = SnapshotFile.load(file);
        assertEquals(first.stateHash(), restored.stateHash());
        List<PumpEvent> seen = new ArrayList<>();
        restored.setSink(new io.itddsim.sim.engine.SimulationSink() {
            @Override
            public void onEvent(long index, PumpEvent e) {
                seen.add(e);
            }
        });
        restored.runUntil(20 * DAY_US);
        assertEquals(reference.stateHash(), restored.stateHash());
        assertTrue(!seen.isEmpty(), "a restored pump still reports to the sink set after restoring");
    }

    @Test
    @DisplayName("a damaged or foreign file is refused with the reason, never half-loaded")
    void badFilesAreRefused(@TempDir Path dir) throws IOException {
        PumpSimulator sim = busyPump();
        sim.runUntil(DAY_US);
        Path good = dir.resolve("good.snap");
        SnapshotFile.save(sim, good);
        byte[] bytes = Files.readAllBytes(good);

        Path notSnapshot = dir.resolve("text.snap");
        Files.writeString(notSnapshot, "version: 1\n");
        assertTrue(assertThrows(SnapshotException.class, () -> SnapshotFile.load(notSnapshot))
                .getMessage()
                .contains("not an itdd snapshot"));

        Path truncated = dir.resolve("truncated.snap");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(assertThrows(SnapshotException.class, () -> SnapshotFile.load(truncated))
                .getMessage()
                .contains("truncated"));

        Path flipped = dir.resolve("flipped.snap");
        byte[] damaged = bytes.clone();
        damaged[damaged.length - 200] ^= 0x01; // deep in the state: a value changes, the hash must catch it
        Files.write(flipped, damaged);
        assertTrue(assertThrows(SnapshotException.class, () -> SnapshotFile.load(flipped))
                .getMessage()
                .contains("damaged"));
    }
}
