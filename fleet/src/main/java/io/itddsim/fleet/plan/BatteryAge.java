package io.itddsim.fleet.plan;

import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;

/**
 * The battery charge a sound pump has used by a given age: the electronics' quiescent draw plus the
 * motor steps of its rate, as the profile's parameters give them (7 years at 0.5 mL/day uses the
 * whole 3,050 C, the design life, DOMAIN.md 1). [A] Telemetry sessions and alarm tones are left
 * out (a few per cent over a pump's life), as are earlier rates: the pump is taken to have run at
 * its present rate since implant.
 */
public final class BatteryAge {
    private static final long DAY_US = 86_400_000_000L;
    private static final long US_PER_S = 1_000_000L;

    private BatteryAge() {}

    /** Depth of discharge in ppm after {@code ageUs} at {@code rateNlPerDay}, at most {@code capPpm}. */
    public static long spentPpm(PumpProfile profile, long rateNlPerDay, long ageUs, long capPpm) {
        if (ageUs <= 0) {
            return 0;
        }
        // quiescent: nA x s = nC; motor: strokes/day x steps/stroke x nC/step
        BigInteger quiescentNc = BigInteger.valueOf(profile.get(ProfileParameter.BATTERY_BASELINE_CURRENT_NA))
                .multiply(BigInteger.valueOf(ageUs))
                .divide(BigInteger.valueOf(US_PER_S));
        BigInteger motorNc = BigInteger.valueOf(rateNlPerDay)
                .multiply(BigInteger.valueOf(profile.get(ProfileParameter.STROKE_MOTOR_STEPS)))
                .multiply(BigInteger.valueOf(profile.get(ProfileParameter.BATTERY_STEP_CHARGE_NC)))
                .multiply(BigInteger.valueOf(ageUs))
                .divide(BigInteger.valueOf(profile.strokeVolumeNl()))
                .divide(BigInteger.valueOf(DAY_US));
        BigInteger ppm = quiescentNc
                .add(motorNc)
                .multiply(BigInteger.valueOf(1_000_000))
                .divide(BigInteger.valueOf(profile.get(ProfileParameter.BATTERY_CAPACITY_NC)));
        return Math.min(capPpm, ppm.longValueExact());
    }

    /** Charge drawn per day at {@code rateNlPerDay}, nC. */
    static double ncPerDay(PumpProfile profile, long rateNlPerDay) {
        double quiescent = profile.get(ProfileParameter.BATTERY_BASELINE_CURRENT_NA) * 86_400.0;
        double motor = (double) rateNlPerDay
                * profile.get(ProfileParameter.STROKE_MOTOR_STEPS)
                * profile.get(ProfileParameter.BATTERY_STEP_CHARGE_NC)
                / profile.strokeVolumeNl();
        return quiescent + motor;
    }

    /** Age at which the whole capacity is used at {@code rateNlPerDay}: about when the pump reaches end of service. */
    public static long endOfServiceAgeUs(PumpProfile profile, long rateNlPerDay) {
        double days = profile.get(ProfileParameter.BATTERY_CAPACITY_NC) / ncPerDay(profile, rateNlPerDay);
        return (long) (days * DAY_US);
    }
}
