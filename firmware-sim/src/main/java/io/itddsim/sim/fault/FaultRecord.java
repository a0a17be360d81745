package io.itddsim.sim.fault;

/**
 * Ground truth of one occurrence of a fault next to what the pump made of it. The times are sim
 * microseconds; {@link #NONE} stands for "not (yet)".
 *
 * @param name         the fault's name in the run
 * @param kind         its catalogue entry
 * @param occurrence   0 for the first occurrence, 1 for the second...
 * @param armedUs      when the fault was armed (handed to the pump)
 * @param activeFromUs when this occurrence began acting on the plant
 * @param activeToUs   when it stopped, or {@link #NONE} if it still acts
 * @param detectedUs   when the firmware first logged one of the entry's detector events that saw this
 *                     occurrence's effect (docs/FAULTS.md, "Detection"), or {@link #NONE} for a miss
 * @param detectedBy   that detector's label ({@code MOTOR_STALL}, {@code ALARM_RAISED:MOTOR_STALL}),
 *                     or empty for a miss
 */
public record FaultRecord(
        String name,
        FaultKind kind,
        int occurrence,
        long armedUs,
        long activeFromUs,
        long activeToUs,
        long detectedUs,
        String detectedBy)
        implements java.io.Serializable {
    public static final long NONE = -1;

    public boolean ended() {
        return activeToUs != NONE;
    }

    public boolean detected() {
        return detectedUs != NONE;
    }

    /** Time from the fault becoming active to its detection; {@link #NONE} for a miss. */
    public long detectionLatencyUs() {
        return detected() ? detectedUs - activeFromUs : NONE;
    }

    FaultRecord endedAt(long timeUs) {
        return new FaultRecord(name, kind, occurrence, armedUs, activeFromUs, timeUs, detectedUs, detectedBy);
    }

    FaultRecord detectedAt(long timeUs, String by) {
        return new FaultRecord(name, kind, occurrence, armedUs, activeFromUs, activeToUs, timeUs, by);
    }
}
