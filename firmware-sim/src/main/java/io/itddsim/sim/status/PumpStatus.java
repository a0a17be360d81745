package io.itddsim.sim.status;

import io.itddsim.sim.alarm.ActiveAlarm;
import io.itddsim.sim.patient.PatientStatus;
import java.util.List;
import java.util.Optional;

/**
 * The pump at one instant, as every consumer outside the model sees it: the firmware's belief and
 * the plant's ground truth side by side, the alarms sounding with their raise times, the faults
 * acting on the plant, and how many events the log holds. Immutable and safe to keep; the model
 * produces it at its output boundary (sampling, end of a run) and never hands out the live
 * simulator. Every quantity has one name, its unit in the name; docs/STATUS.md lists them.
 *
 * @param simTimeUs    sim time of the instant
 * @param ticks        ticks elapsed since the run began (stepped or fast-forwarded)
 * @param belief       what the firmware knows: counted, computed or measured by the pump itself
 * @param truth        what really happened in the plant; no real pump can report this
 * @param activeAlarms the alarms in the active set, in alarm-type order
 * @param activeFaults catalogue names of the faults acting on the plant now (ground truth)
 * @param eventCount   events logged so far; the next event's index
 * @param patient      the simulated patient downstream of the catheter tip, when the run has one
 *                     (simulated ground truth, docs/PATIENT.md)
 */
public record PumpStatus(
        long simTimeUs,
        long ticks,
        FirmwareBelief belief,
        PlantTruth truth,
        List<ActiveAlarm> activeAlarms,
        List<String> activeFaults,
        long eventCount,
        Optional<PatientStatus> patient) {
    public PumpStatus {
        activeAlarms = List.copyOf(activeAlarms);
        activeFaults = List.copyOf(activeFaults);
        patient = patient == null ? Optional.empty() : patient;
    }

    /** A status of a run without a patient. */
    public PumpStatus(
            long simTimeUs,
            long ticks,
            FirmwareBelief belief,
            PlantTruth truth,
            List<ActiveAlarm> activeAlarms,
            List<String> activeFaults,
            long eventCount) {
        this(simTimeUs, ticks, belief, truth, activeAlarms, activeFaults, eventCount, Optional.empty());
    }
}
