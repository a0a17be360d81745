package io.itddsim.sim.firmware;

/**
 * The comparison the pump makes at a refill: what it expected to be aspirated (its estimate) and
 * what the clinician entered as aspirated (DOMAIN.md 5).
 *
 * @param timeUs       when the refill was entered
 * @param expectedNl   the firmware's estimate of the reservoir before the refill
 * @param aspiratedNl  volume the clinician aspirated
 * @param thresholdNl  the profile's discrepancy threshold
 */
public record RefillCheck(long timeUs, long expectedNl, long aspiratedNl, long thresholdNl)
        implements java.io.Serializable {

    /** Expected minus aspirated: positive when less came back than expected (over-infusion's sign). */
    public long differenceNl() {
        return expectedNl - aspiratedNl;
    }

    public boolean flagged() {
        return Math.abs(differenceNl()) > thresholdNl;
    }
}
