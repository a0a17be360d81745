package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;
import java.util.List;

/**
 * The firmware's checks on what it is asked to do, with the profile's limits (DOMAIN.md 2). Each
 * check throws {@link SimInputException} naming the field and the allowed range; nothing is
 * changed by a refused command.
 */
public final class PrescriptionRules implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** [A] highest concentration accepted: 100 mg/mL, above any drug in DOMAIN.md 7. */
    public static final long MAX_CONCENTRATION_UG_PER_ML = 100_000;
    /** [A] flex patterns of up to 24 steps a day. */
    public static final int MAX_FLEX_STEPS = 24;
    /** [A] at most 24 patient boluses in 24 hours (one an hour); the clinician sets fewer. */
    public static final int MAX_PTM_PER_DAY = 24;
    /** [A] a patient bolus is at most 1 mL: well above any intrathecal bolus, below a refill. */
    public static final long MAX_PTM_DOSE_NL = 1_000_000;
    /** [A] the lockout is at most 24 hours. */
    public static final long MAX_PTM_LOCKOUT_US = 86_400_000_000L;

    private final long minRate;
    private final long maxRate;
    private final long capacityNl;
    private final long tickUs;

    public PrescriptionRules(PumpProfile profile) {
        minRate = profile.get(ProfileParameter.MIN_PROGRAMMABLE_RATE_NL_PER_DAY);
        maxRate = profile.get(ProfileParameter.MAX_RATE_NL_PER_DAY);
        capacityNl = profile.get(ProfileParameter.RESERVOIR_CAPACITY_NL);
        tickUs = profile.tickUs();
    }

    public void check(Prescription p) {
        if (p == null) {
            throw new SimInputException(Refusal.INVALID, "prescription", "missing");
        }
        if (p.drug() == null || p.drug().isBlank()) {
            throw new SimInputException(Refusal.INVALID, "prescription.drug", "expected a drug name, got nothing");
        }
        checkConcentration("prescription.concentration", p.concentrationUgPerMl());
        Therapy t = p.therapy();
        if (t == null) {
            throw new SimInputException("prescription.mode", "missing");
        }
        if (p.ptm() != null) {
            checkPtm(p.ptm());
        }
        if (t instanceof Therapy.Continuous c) {
            checkRate("prescription.rate", c.rateNlPerDay());
        } else if (t instanceof Therapy.Flex f) {
            checkFlex(f.steps());
        }
    }

    private void checkFlex(List<Therapy.FlexStep> steps) {
        if (steps.isEmpty() || steps.size() > MAX_FLEX_STEPS) {
            throw new SimInputException(
                    "prescription.steps", "expected 1.." + MAX_FLEX_STEPS + " steps, got " + steps.size());
        }
        long previousStart = -1;
        for (int i = 0; i < steps.size(); i++) {
            Therapy.FlexStep s = steps.get(i);
            String field = "prescription.steps[" + i + "]";
            if (s.startTimeOfDayUs() < 0 || s.startTimeOfDayUs() >= PumpProfile.US_PER_DAY) {
                throw new SimInputException(field + ".start", "expected a time of day 00:00..23:59:59");
            }
            if (s.startTimeOfDayUs() <= previousStart) {
                throw new SimInputException(field + ".start", "steps must be in increasing time-of-day order");
            }
            previousStart = s.startTimeOfDayUs();
            checkRate(field + ".rate", s.rateNlPerDay());
        }
    }

    private void checkRate(String field, long rateNlPerDay) {
        if (rateNlPerDay < minRate || rateNlPerDay > maxRate) {
            throw new SimInputException(
                    field,
                    "expected " + minRate + ".." + maxRate + " nL/day (" + mlPerDay(minRate) + ".." + mlPerDay(maxRate)
                            + " mL/day), got " + rateNlPerDay + " nL/day");
        }
    }

    private void checkPtm(PtmLimits l) {
        if (l.doseNl() <= 0 || l.doseNl() > MAX_PTM_DOSE_NL) {
            throw new SimInputException(
                    "prescription.ptm.dose", "expected 1.." + MAX_PTM_DOSE_NL + " nL, got " + l.doseNl());
        }
        if (l.lockoutUs() < 0 || l.lockoutUs() > MAX_PTM_LOCKOUT_US) {
            throw new SimInputException("prescription.ptm.lockout", "expected 0..24 h, got " + l.lockoutUs() + " us");
        }
        if (l.maxPerDay() < 1 || l.maxPerDay() > MAX_PTM_PER_DAY) {
            throw new SimInputException(
                    "prescription.ptm.max_per_day", "expected 1.." + MAX_PTM_PER_DAY + ", got " + l.maxPerDay());
        }
        checkBolus(BolusKind.PATIENT, l.doseNl(), l.durationUs());
    }

    /**
     * Checks what the clinician enters at a refill before anything is done: volumes, concentration,
     * and that the reservoir would not be overfilled (from the pump's own estimate of what stays in).
     */
    public void checkRefill(PumpCommand.Refill r, long estimateNl) {
        if (r.route() == null) {
            throw new SimInputException(Refusal.INVALID, "refill.route", "missing");
        }
        if (r.addedNl() <= 0 || r.addedNl() > capacityNl) {
            throw new SimInputException("refill.volume", "expected 1.." + capacityNl + " nL, got " + r.addedNl());
        }
        if (r.aspirateNl() < 0 && r.aspirateNl() != PumpCommand.Refill.ASPIRATE_ALL) {
            throw new SimInputException("refill.aspirate", "expected a volume or all, got " + r.aspirateNl());
        }
        checkConcentration("refill.concentration", r.drugConcentrationUgPerMl());
        checkConcentration("refill.entered_concentration", r.enteredConcentrationUgPerMl());
        if (r.nextRefillDueUs() < 0) {
            throw new SimInputException("refill.next_refill", "must not be negative");
        }
        long residual =
                r.aspirateNl() == PumpCommand.Refill.ASPIRATE_ALL ? 0 : Math.max(0, estimateNl - r.aspirateNl());
        if (residual + r.addedNl() > capacityNl) {
            throw new SimInputException(
                    "refill.volume",
                    "overfill: " + residual + " nL left in + " + r.addedNl() + " nL added exceeds the capacity of "
                            + capacityNl + " nL");
        }
    }

    private static void checkConcentration(String field, long ugPerMl) {
        if (ugPerMl <= 0 || ugPerMl > MAX_CONCENTRATION_UG_PER_ML) {
            throw new SimInputException(field, "expected 1.." + MAX_CONCENTRATION_UG_PER_ML + " ug/mL, got " + ugPerMl);
        }
    }

    public void checkBolus(BolusKind kind, long volumeNl, long durationUs) {
        if (kind == null) {
            throw new SimInputException(Refusal.INVALID, "bolus.kind", "missing");
        }
        if (volumeNl <= 0 || volumeNl > capacityNl) {
            throw new SimInputException("bolus.volume", "expected 1.." + capacityNl + " nL, got " + volumeNl);
        }
        if (durationUs < tickUs) {
            throw new SimInputException(
                    "bolus.duration", "expected at least one tick (" + tickUs + " us), got " + durationUs + " us");
        }
        // volume / duration must not exceed the maximum rate: volume x day <= maxRate x duration
        BigInteger lhs = BigInteger.valueOf(volumeNl).multiply(BigInteger.valueOf(PumpProfile.US_PER_DAY));
        BigInteger rhs = BigInteger.valueOf(maxRate).multiply(BigInteger.valueOf(durationUs));
        if (lhs.compareTo(rhs) > 0) {
            throw new SimInputException(
                    "bolus.duration",
                    volumeNl + " nL in " + durationUs + " us is faster than the maximum rate of " + mlPerDay(maxRate)
                            + " mL/day");
        }
    }

    private static String mlPerDay(long nlPerDay) {
        return java.math.BigDecimal.valueOf(nlPerDay, 6).stripTrailingZeros().toPlainString();
    }
}
