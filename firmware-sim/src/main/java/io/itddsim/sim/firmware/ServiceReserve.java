package io.itddsim.sim.firmware;

import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;

/**
 * The firmware's reckoning of the service its battery has left at the programmed load, from what
 * it can know: the cell's voltage measured at rest, the cell's discharge curve and capacity from
 * its design data (the profile's battery parameters), and what its own work costs (the quiescent
 * draw, and the charge of each motor step it drives for the strokes the prescription asks for).
 * It never reads the charge the plant has really spent; a cell that loses charge inside itself
 * shows it only through a lower voltage, as in the pump (DOMAIN.md 1: a degraded battery can
 * shorten ERI to EOS).
 *
 * <p>Two cautions keep the reckoning on the safe side: a reading is taken as up to 1 mV high (the
 * converter's resolution, and the model's open-circuit voltage rounds up), and end of service is
 * placed where a reading taken while a motor step is driven would declare it (the end-of-service
 * voltage plus the step current's sag through the cell's nominal resistance), since the hourly
 * check may fall on a step. What the projection leaves out (alarm tones after ERI, telemetry
 * sessions, boluses) is covered by {@code eri_reserve_margin_ppm}.
 */
final class ServiceReserve implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long PPM = 1_000_000;

    private final long[] curveDodPpm;
    private final long[] curveMv;
    private final long capacityPerPpmNc;
    private final long endDodPpm;
    private final long baselineNcPerDay;
    private final long stepChargeNc;
    private final long strokeSteps;
    private final long strokeVolumeNl;
    private final long reserveUs;
    private final long marginPpm;

    ServiceReserve(PumpProfile profile) {
        curveDodPpm = new long[] {
            0,
            profile.get(ProfileParameter.BATTERY_KNEE_DOD_PPM),
            profile.get(ProfileParameter.BATTERY_LATE_DOD_PPM),
            PPM
        };
        curveMv = new long[] {
            profile.get(ProfileParameter.BATTERY_OCV_FRESH_MV),
            profile.get(ProfileParameter.BATTERY_OCV_KNEE_MV),
            profile.get(ProfileParameter.BATTERY_OCV_LATE_MV),
            profile.get(ProfileParameter.BATTERY_OCV_EMPTY_MV)
        };
        capacityPerPpmNc = profile.get(ProfileParameter.BATTERY_CAPACITY_NC) / PPM;
        // uA x mOhm = nV; 1e6 nV = 1 mV
        long stepSagMv = profile.get(ProfileParameter.BATTERY_STEP_CURRENT_UA)
                * profile.get(ProfileParameter.BATTERY_INTERNAL_RESISTANCE_MOHM)
                / 1_000_000;
        endDodPpm = dodPpm(profile.get(ProfileParameter.EOS_MV) + stepSagMv);
        // nA x s = nC
        baselineNcPerDay =
                profile.get(ProfileParameter.BATTERY_BASELINE_CURRENT_NA) * (PumpProfile.US_PER_DAY / 1_000_000);
        stepChargeNc = profile.get(ProfileParameter.BATTERY_STEP_CHARGE_NC);
        strokeSteps = profile.get(ProfileParameter.STROKE_MOTOR_STEPS);
        strokeVolumeNl = profile.strokeVolumeNl();
        reserveUs = profile.get(ProfileParameter.ERI_TO_EOS_MIN_US);
        marginPpm = profile.get(ProfileParameter.ERI_RESERVE_MARGIN_PPM);
    }

    /** True when a reading at rest of {@code restMv} leaves less than the reserve at this rate. */
    boolean belowReserve(long restMv, long rateNlPerDay) {
        // charge a day x the reserve in days x (1 + margin); once an hour, so BigInteger costs nothing
        BigInteger reserve = BigInteger.valueOf(chargePerDayNc(rateNlPerDay))
                .multiply(BigInteger.valueOf(reserveUs))
                .multiply(BigInteger.valueOf(PPM + marginPpm))
                .divide(BigInteger.valueOf(PumpProfile.US_PER_DAY).multiply(BigInteger.valueOf(PPM)));
        return BigInteger.valueOf(chargeLeftNc(restMv)).compareTo(reserve) <= 0;
    }

    /** Whole days of service a reading at rest of {@code restMv} leaves at this rate. */
    long daysLeft(long restMv, long rateNlPerDay) {
        return chargeLeftNc(restMv) / chargePerDayNc(rateNlPerDay);
    }

    /** Charge between the state the reading shows and the earliest state end of service may be declared at. */
    long chargeLeftNc(long restMv) {
        return Math.max(0, endDodPpm - dodPpm(restMv - 1)) * capacityPerPpmNc;
    }

    /** What a day at {@code rateNlPerDay} costs: the quiescent draw and the motor steps of its strokes. */
    long chargePerDayNc(long rateNlPerDay) {
        long stepsPerDay = saturatingMultiply(rateNlPerDay, strokeSteps) / strokeVolumeNl;
        return Math.max(1, saturatingAdd(baselineNcPerDay, saturatingMultiply(stepsPerDay, stepChargeNc)));
    }

    /**
     * The depth of discharge at which the cell's open-circuit voltage falls to {@code mv}, rounded
     * up (the deeper side); 0 above the fresh voltage, all of it below the empty voltage.
     */
    long dodPpm(long mv) {
        if (mv >= curveMv[0]) {
            return 0;
        }
        for (int i = 1; i < curveMv.length; i++) {
            if (mv >= curveMv[i]) { // curveMv[i - 1] > mv >= curveMv[i], so the segment falls
                long span = curveDodPpm[i] - curveDodPpm[i - 1];
                long drop = curveMv[i - 1] - curveMv[i];
                return curveDodPpm[i - 1] - Math.floorDiv(-(curveMv[i - 1] - mv) * span, drop); // ceiling
            }
        }
        return PPM;
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == 0 && low >= 0 ? low : Long.MAX_VALUE; // both are never negative here
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
