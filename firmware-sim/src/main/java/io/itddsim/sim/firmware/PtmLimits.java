package io.itddsim.sim.firmware;

/**
 * The clinician's limits on patient-activated boluses from the personal therapy manager (myPTM):
 * each bolus's volume and duration, the lockout after one starts, and how many in any 24 hours
 * (DOMAIN.md 2; values are the clinician's, the bounds on them are in {@link PrescriptionRules}).
 *
 * @param doseNl       volume of one patient bolus
 * @param durationUs   time over which it is given
 * @param lockoutUs    after a bolus starts, requests within this time are refused
 * @param maxPerDay    boluses allowed in any rolling 24 hours
 */
public record PtmLimits(long doseNl, long durationUs, long lockoutUs, int maxPerDay) implements java.io.Serializable {}
