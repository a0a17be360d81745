package io.itddsim.bench.run;

import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.PatientStatus;
import java.util.List;

/**
 * What happened to the run's simulated patient (docs/PATIENT.md): its status sampled at a fixed
 * interval of sim time, from the start to the end of the run, and every change of a clinical
 * state's grade with its time. Simulated ground truth; immutable.
 *
 * @param gridUs           the patient's own step (its values change only at multiples of it)
 * @param sampleIntervalUs sim time between samples
 * @param samples          the patient at 0, one interval, two intervals... and at the end
 * @param transitions      every grade change, in order (the states at the start are in the first
 *                         sample, each with since-time 0)
 */
public record PatientRecord(
        long gridUs, long sampleIntervalUs, List<PatientStatus> samples, List<ClinicalTransition> transitions) {
    public PatientRecord {
        samples = List.copyOf(samples);
        transitions = List.copyOf(transitions);
    }
}
