package io.itddsim.bench.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.PatientCourse;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated patient over the wire: a pump that reports ground truth streams it to the bench in
 * its status samples (SameVerdictsOnEveryTargetTest runs the bundled patient scenarios that way); a
 * pump that does not, such as real electronics, cannot, and every patient expectation is then "not
 * observable", never passed.
 */
class PatientOverTheWireTest {
    private static final long MINUTE_US = 60_000_000L;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a pump that does not report ground truth: every expectation about the patient is not observable")
    void noGroundTruthNoPatient() throws Exception {
        PumpProfile profile = PumpProfile.byName("synchromed2-20ml");
        PumpIdentity device = PumpIdentities.of(profile, "HW-0003", true).toBuilder()
                .setReportsGroundTruth(false)
                .build();
        try (BenchPumps pump = BenchPumps.start(
                RunPlan.of("device", BenchPumps.newPump(profile), 0), device, Pacing.lockstep(), false, true)) {
            ScenarioResult r = new BenchRunner(pump.target(pump.tcp()), 1, BenchProgress.NONE)
                    .runOne(BenchScenarioLoader.builtIn()
                            .load(StallScenario.writeWithPatient(dir, "patient.yaml", """
                                      - alarm: MOTOR_STALL
                                        within: 10m
                                        after: fault jam
                                      - patient: opioid_withdrawal
                                        within: 12h
                                        after: fault jam
                                      - signal: patient_csf
                                        min: 5 ug/mL
                                        before: fault jam
                                      - alarm: MOTOR_STALL
                                        before: patient opioid_withdrawal
                                    """)));
            assertEquals(
                    Verdict.Outcome.PASSED,
                    r.verdicts().get(0).outcome(),
                    r.verdicts().toString());
            for (Verdict v : r.verdicts().subList(1, 4)) {
                assertEquals(Verdict.Outcome.NOT_OBSERVABLE, v.outcome(), v.toString());
                assertTrue(
                        v.evidence().contains("is the simulated patient's (ground truth), which tcp://"), v.evidence());
            }
            assertEquals(PatientCourse.NONE, r.observations().patient());
            assertTrue(r.passed(), "not observable is not a failure");
        }
    }

    private static PatientStatus patient(int withdrawal, long sinceUs, long transitions) {
        return new PatientStatus(
                0,
                "morphine",
                70_000,
                0,
                0,
                0,
                0,
                0,
                List.of(
                        new ClinicalState(Syndrome.THERAPEUTIC_EFFECT, 2, 0),
                        new ClinicalState(Syndrome.OPIOID_WITHDRAWAL, withdrawal, sinceUs)),
                transitions);
    }

    @Test
    @DisplayName("the course is rebuilt at each change's since-time; changes that fell between two samples are noted")
    void courseFromSamples() {
        WirePatient wire = new WirePatient(0);
        wire.accept(0, patient(0, 0, 0));
        wire.accept(10 * MINUTE_US, patient(1, 7 * MINUTE_US, 1));
        // from grade 1 to 3 between two samples: the change to 2 is not in any sample
        wire.accept(20 * MINUTE_US, patient(3, 18 * MINUTE_US, 3));
        PatientCourse course = wire.course(3);
        assertEquals(Map.of(Syndrome.THERAPEUTIC_EFFECT, 2, Syndrome.OPIOID_WITHDRAWAL, 0), course.atStart());
        assertEquals(
                List.of(
                        new ClinicalTransition(7 * MINUTE_US, Syndrome.OPIOID_WITHDRAWAL, 0, 1),
                        new ClinicalTransition(18 * MINUTE_US, Syndrome.OPIOID_WITHDRAWAL, 1, 3)),
                course.changes());
        List<String> notes = wire.notes(3);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(
                notes.get(0).startsWith("1 changes of the patient's clinical states fell between two status samples"));
        assertEquals(PatientCourse.NONE, new WirePatient(0).course(3), "no patient in the samples, no course");
    }
}
