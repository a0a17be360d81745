package io.itddsim.bench.expect;

/**
 * The check the pump made at a refill: what it expected to aspirate against what was aspirated.
 * Over the wire only a flagged discrepancy carries its size (the REFILL_DISCREPANCY event); a
 * clean refill is known to be within the threshold, no more.
 *
 * @param timeUs       when the refill was entered
 * @param flagged      the pump logged a discrepancy
 * @param differenceNl expected minus aspirated, or {@link #UNKNOWN}
 */
public record RefillObservation(long timeUs, boolean flagged, long differenceNl) {
    public static final long UNKNOWN = Long.MIN_VALUE;

    public boolean differenceKnown() {
        return differenceNl != UNKNOWN;
    }
}
