package io.itddsim.bench.run;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.patient.PatientStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a pump while charting its patient, if it has one: the run stops at every sample instant
 * (stopping and resuming is exact, so the state hash is the one an unbroken run gives) and keeps
 * the patient's status. Without a patient it is a plain {@code runUntil}.
 */
final class PatientChart {
    /** Hourly: fine enough for the hours-long delays of the model, small for a months-long run. */
    static final long SAMPLE_INTERVAL_US = 3_600_000_000L;

    private final PumpSimulator sim;
    private final List<PatientStatus> samples = new ArrayList<>();

    PatientChart(PumpSimulator sim) {
        this.sim = sim;
        record();
    }

    /** Runs the pump to {@code endUs}, sampling the patient at every whole interval on the way. */
    void runUntil(long endUs) {
        if (sim.patient() == null) {
            sim.runUntil(endUs);
            return;
        }
        long next = (sim.nowUs() / SAMPLE_INTERVAL_US + 1) * SAMPLE_INTERVAL_US;
        while (next <= endUs) {
            sim.runUntil(next);
            record();
            next += SAMPLE_INTERVAL_US;
        }
        sim.runUntil(endUs);
    }

    private void record() {
        if (sim.patient() != null) {
            samples.add(sim.patient().status());
        }
    }

    /** The chart with the patient at the end of the run; empty for a run without a patient. */
    Optional<PatientRecord> finish() {
        if (sim.patient() == null) {
            return Optional.empty();
        }
        PatientStatus last = sim.patient().status();
        List<PatientStatus> all = new ArrayList<>(samples);
        if (all.isEmpty() || all.get(all.size() - 1).asOfUs() != last.asOfUs()) {
            all.add(last);
        }
        return Optional.of(
                new PatientRecord(sim.patient().gridUs(), SAMPLE_INTERVAL_US, all, sim.patientTransitions()));
    }
}
