package io.itddsim.bench.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.PumpProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pump with a patient in the middle of withdrawal is saved and restored whole. */
class PatientSnapshotTest {
    private static final long DAY_US = PumpProfile.US_PER_DAY;

    private static PumpSimulator baclofenStoppedOnDayOne() {
        PumpSimulator sim = PumpSimulator.create(SimulationSetup.inService(
                        PumpProfile.synchroMed20ml(), 8, 18_000_000, Prescription.continuous("baclofen", 500, 400_000))
                .withPatient(PatientSetup.onPrescription(70_000)));
        sim.schedule(DAY_US, new PumpCommand.Program(Prescription.stopped("baclofen", 500)));
        return sim;
    }

    @Test
    @DisplayName("a restored pump's patient continues its course exactly as if never stopped")
    void patientSurvivesTheSnapshot(@TempDir Path dir) throws Exception {
        PumpSimulator first = baclofenStoppedOnDayOne();
        PumpSimulator reference = baclofenStoppedOnDayOne();
        first.runUntil(3 * DAY_US + 77_000);
        Path file = dir.resolve("patient.snap");
        SnapshotFile.save(first, file);

        PumpSimulator restored = SnapshotFile.load(file);
        restored.runUntil(7 * DAY_US);
        reference.runUntil(7 * DAY_US);
        assertEquals(reference.stateHash(), restored.stateHash());
        assertEquals(reference.status().patient(), restored.status().patient());
        assertEquals(reference.patientTransitions(), restored.patientTransitions());
        assertEquals(
                2, restored.status().patient().orElseThrow().states().get(1).grade(), "severe withdrawal by day 7");
    }
}
