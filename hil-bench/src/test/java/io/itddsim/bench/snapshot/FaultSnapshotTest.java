package io.itddsim.bench.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.fault.FaultCondition;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults are part of the pump's state: a snapshot taken mid-fault restores and continues exactly. */
class FaultSnapshotTest {
    private static final long HOUR_US = 3_600_000_000L;
    private static final long DAY_US = 24 * HOUR_US;

    private static PumpSimulator faultyPump() {
        PumpSimulator sim = PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed20ml(),
                9,
                20_000_000,
                Prescription.continuous("hydromorphone", 10_000, 500_000)));
        FaultSpec[] specs = {
            FaultSpec.of(FaultKind.MOTOR_STALL_INTERMITTENT, FaultSchedule.at(DAY_US)),
            FaultSpec.of(FaultKind.CATHETER_KINK, FaultSchedule.at(HOUR_US)),
            FaultSpec.of(FaultKind.ROLLER_OCCLUSION_LOSS, FaultSchedule.now().lasting(2 * DAY_US)),
            FaultSpec.of(
                    FaultKind.GEAR_CORROSION,
                    FaultSchedule.now()
                            .when(new FaultCondition.Threshold(
                                    FaultCondition.Quantity.RESERVOIR_ACTUAL,
                                    FaultCondition.Comparison.BELOW,
                                    19_000_000))),
            FaultSpec.of(
                    FaultKind.CATHETER_LEAK,
                    FaultSchedule.now()
                            .lasting(HOUR_US)
                            .repeated(10, 7 * HOUR_US)
                            .withProbabilityPpm(500_000)),
        };
        for (FaultSpec s : specs) {
            assertTrue(sim.armFault(s).accepted(), s.name());
        }
        return sim;
    }

    @Test
    @DisplayName("a snapshot taken with faults active, waiting and repeating restores to the same run")
    void restoreMidFault(@TempDir Path dir) throws Exception {
        PumpSimulator first = faultyPump();
        PumpSimulator reference = faultyPump();
        first.runUntil(DAY_US + 7 * HOUR_US + 123_000);
        Path file = dir.resolve("faulty.snap");
        SnapshotFile.save(first, file);
        PumpSimulator restored = SnapshotFile.load(file);
        assertEquals(first.stateHash(), restored.stateHash());
        reference.runUntil(5 * DAY_US);
        restored.runUntil(5 * DAY_US);
        assertEquals(reference.stateHash(), restored.stateHash());
        assertEquals(reference.faultRecords(), restored.faultRecords());
        assertTrue(restored.faultRecords().size() >= 4, String.valueOf(restored.faultRecords()));
        assertTrue(restored.clearFault("catheter_kink").accepted(), "a restored pump's faults can still be cleared");
    }
}
