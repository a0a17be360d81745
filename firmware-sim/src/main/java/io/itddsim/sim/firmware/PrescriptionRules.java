package io.itddsim.sim.firmware;

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
public final class PrescriptionRules {
    /** [A] highest concentration accepted: 100 mg/mL, above any drug in DOMAIN.md 7. */
    public static final long MAX_CONCENTRATION_UG_PER_ML = 100_000;
    /** [A] flex patterns of up to 24 steps a day. */
    public static final int MAX_FLEX_STEPS = 24;

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
            throw new SimInputException("prescription", "missing");
        }
        if (p.drug() == null || p.drug().isBlank()) {
            throw new SimInputException("prescription.drug", "expected a drug name, got nothing");
        }
        if (p.concentrationUgPerMl() <= 0 || p.concentrationUgPerMl() > MAX_CONCENTRATION_UG_PER_ML) {
            throw new SimInputException("prescription.concentration", "expected 1.." + MAX_CONCENTRATION_UG_PER_ML
                    + " ug/mL, got " + p.concentrationUgPerMl());
        }
        Therapy t = p.therapy();
        if (t == null) {
            throw new SimInputException("prescription.mode", "missing");
        }
        if (t instanceof Therapy.Continuous c) {
            checkRate("prescription.rate", c.rateNlPerDay());
        } else if (t instanceof Therapy.Flex f) {
            checkFlex(f.steps());
        }
    }

    private void checkFlex(List<Therapy.FlexStep> steps) {
        if (steps.isEmpty() || steps.size() > MAX_FLEX_STEPS) {
            throw new SimInputException("prescription.steps", "expected 1.." + MAX_FLEX_STEPS + " steps, got "
                    + steps.size());
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
            throw new SimInputException(field, "expected " + minRate + ".." + maxRate + " nL/day ("
                    + mlPerDay(minRate) + ".." + mlPerDay(maxRate) + " mL/day), got " + rateNlPerDay + " nL/day");
        }
    }

    public void checkBolus(BolusKind kind, long volumeNl, long durationUs) {
        if (kind == null) {
            throw new SimInputException("bolus.kind", "missing");
        }
        if (volumeNl <= 0 || volumeNl > capacityNl) {
            throw new SimInputException("bolus.volume", "expected 1.." + capacityNl + " nL, got " + volumeNl);
        }
        if (durationUs < tickUs) {
            throw new SimInputException("bolus.duration", "expected at least one tick (" + tickUs + " us), got "
                    + durationUs + " us");
        }
        // volume / duration must not exceed the maximum rate: volume x day <= maxRate x duration
        BigInteger lhs = BigInteger.valueOf(volumeNl).multiply(BigInteger.valueOf(PumpProfile.US_PER_DAY));
        BigInteger rhs = BigInteger.valueOf(maxRate).multiply(BigInteger.valueOf(durationUs));
        if (lhs.compareTo(rhs) > 0) {
            throw new SimInputException("bolus.duration", volumeNl + " nL in " + durationUs
                    + " us is faster than the maximum rate of " + mlPerDay(maxRate) + " mL/day");
        }
    }

    private static String mlPerDay(long nlPerDay) {
        return java.math.BigDecimal.valueOf(nlPerDay, 6).stripTrailingZeros().toPlainString();
    }
}
