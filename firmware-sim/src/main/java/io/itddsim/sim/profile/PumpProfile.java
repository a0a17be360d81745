package io.itddsim.sim.profile;

import io.itddsim.sim.SimInputException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A pump model's full set of parameters (see {@link ProfileParameter} for units and sources).
 * Immutable; {@link #with} returns a changed copy after checking the parameter's range and the
 * profile's cross-parameter rules, so a profile that exists is always one the model can run.
 */
public final class PumpProfile implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final long US_PER_DAY = 86_400_000_000L;
    /** One event-log record in NVM: sequence, time, type, value, CRC-32C. */
    public static final int NVM_RECORD_BYTES = 32;
    /** The NVM block that holds the programmed prescription and its CRC. */
    public static final int NVM_PRESCRIPTION_BLOCK_BYTES = 4_096;

    private final String name;
    private final long[] values;

    private PumpProfile(String name, long[] values) {
        this.name = name;
        this.values = values;
        checkConsistency();
    }

    /** SynchroMed II 8637-20: 20 mL reservoir. */
    public static PumpProfile synchroMed20ml() {
        long[] v = new long[ProfileParameter.values().length];
        for (ProfileParameter p : ProfileParameter.values()) {
            v[p.ordinal()] = p.defaultValue();
        }
        return new PumpProfile("synchromed2-20ml", v);
    }

    /** SynchroMed II 8637-40: 40 mL reservoir, otherwise the same mechanism. */
    public static PumpProfile synchroMed40ml() {
        return synchroMed20ml()
                .with(ProfileParameter.RESERVOIR_CAPACITY_NL, 40_000_000L)
                .with(ProfileParameter.REFILL_DISCREPANCY_NL, 2_000_000L)
                .renamed("synchromed2-40ml");
    }

    /** The bundled profiles by name; null when unknown. */
    public static PumpProfile byName(String name) {
        switch (name) {
            case "synchromed2-20ml":
                return synchroMed20ml();
            case "synchromed2-40ml":
                return synchroMed40ml();
            default:
                return null;
        }
    }

    public static String[] bundledNames() {
        return new String[] {"synchromed2-20ml", "synchromed2-40ml"};
    }

    public String name() {
        return name;
    }

    public long get(ProfileParameter p) {
        return values[p.ordinal()];
    }

    /** A copy with one parameter changed; refuses values outside the parameter's range. */
    public PumpProfile with(ProfileParameter p, long value) {
        Map<ProfileParameter, Long> one = new EnumMap<>(ProfileParameter.class);
        one.put(p, value);
        return withOverrides(one);
    }

    /**
     * A copy with several parameters changed at once, so that parameters which must agree (stroke
     * steps and roller volume, say) can be changed together. Checks every range, then the rules.
     */
    public PumpProfile withOverrides(Map<ProfileParameter, Long> overrides) {
        long[] v = values.clone();
        for (Map.Entry<ProfileParameter, Long> e : new EnumMap<>(overrides).entrySet()) {
            ProfileParameter p = e.getKey();
            long value = e.getValue();
            p.check(value, "docs/MODEL.md");
            v[p.ordinal()] = value;
        }
        return new PumpProfile(name, v);
    }

    public PumpProfile renamed(String newName) {
        return new PumpProfile(newName, values);
    }

    /** All parameters in declaration order (stable). */
    public Map<ProfileParameter, Long> asMap() {
        Map<ProfileParameter, Long> m = new EnumMap<>(ProfileParameter.class);
        for (ProfileParameter p : ProfileParameter.values()) {
            m.put(p, values[p.ordinal()]);
        }
        return m;
    }

    // ---- derived quantities, computed in one place

    public long tickUs() {
        return get(ProfileParameter.TICK_US);
    }

    public long motorStepsPerRollerPass() {
        return get(ProfileParameter.MOTOR_STEPS_PER_ROTOR_REV) / get(ProfileParameter.ROTOR_ROLLERS);
    }

    /** Volume the firmware believes one stroke delivers (nominal, no gain error). */
    public long strokeVolumeNl() {
        return get(ProfileParameter.ROLLER_PASS_VOLUME_NL)
                * get(ProfileParameter.STROKE_MOTOR_STEPS)
                / motorStepsPerRollerPass();
    }

    public long motorStepPeriodTicks() {
        return get(ProfileParameter.MOTOR_STEP_PERIOD_US) / tickUs();
    }

    /** Wall of sim time one stroke keeps the motor busy. */
    public long strokeDurationUs() {
        return get(ProfileParameter.STROKE_MOTOR_STEPS) * get(ProfileParameter.MOTOR_STEP_PERIOD_US);
    }

    /** Bytes of non-volatile memory: the event log's records and the prescription block. */
    public int nvmSizeBytes() {
        return Math.toIntExact(get(ProfileParameter.NVM_LOG_RECORDS) * NVM_RECORD_BYTES + NVM_PRESCRIPTION_BLOCK_BYTES);
    }

    /** Catheter internal volume from its length and bore (rounded to a nanolitre). */
    public long catheterVolumeNl() {
        double radiusUm = get(ProfileParameter.CATHETER_INNER_DIAMETER_UM) / 2.0;
        double lengthUm = get(ProfileParameter.CATHETER_LENGTH_MM) * 1000.0;
        // 1 nL = 1e6 um^3; Java 17 floating point is strict, so this is the same on every JVM.
        return Math.round(StrictMath.PI * radiusUm * radiusUm * lengthUm / 1e6);
    }

    private void checkConsistency() {
        long stepsPerRev = get(ProfileParameter.MOTOR_STEPS_PER_ROTOR_REV);
        long rollers = get(ProfileParameter.ROTOR_ROLLERS);
        require(
                stepsPerRev % rollers == 0,
                "motor_steps_per_rotor_rev",
                "must divide evenly among the " + rollers + " rollers");
        long perPass = stepsPerRev / rollers;
        require(
                get(ProfileParameter.ROLLER_PASS_VOLUME_NL) * get(ProfileParameter.STROKE_MOTOR_STEPS) % perPass == 0,
                "stroke_motor_steps",
                "a stroke must displace a whole number of nanolitres (roller pass volume x"
                        + " stroke steps divisible by steps per roller pass " + perPass + ")");
        require(
                get(ProfileParameter.MOTOR_STEP_PERIOD_US) % tickUs() == 0,
                "motor_step_period_us",
                "must be a whole number of ticks of " + tickUs() + " us");
        require(US_PER_DAY % tickUs() == 0, "tick_us", "must divide a day evenly");
        require(
                get(ProfileParameter.BATTERY_CHECK_INTERVAL_US) % tickUs() == 0,
                "battery_check_interval_us",
                "must be a whole number of ticks");
        // The scheduler owes at most one stroke at a time: at the highest rate a stroke must finish
        // before the next one is due, otherwise commanded volume could fall behind programmed.
        long strokeNl = strokeVolumeNl();
        require(strokeNl > 0, "stroke_motor_steps", "a stroke must displace at least 1 nL");
        require(
                (double) get(ProfileParameter.MAX_RATE_NL_PER_DAY) * strokeDurationUs() / US_PER_DAY < strokeNl,
                "max_rate_nl_per_day",
                "at this rate a stroke is due before the previous one has finished");
        require(
                get(ProfileParameter.MIN_PROGRAMMABLE_RATE_NL_PER_DAY) <= get(ProfileParameter.MAX_RATE_NL_PER_DAY),
                "min_programmable_rate_nl_per_day",
                "must not exceed max_rate_nl_per_day");
        require(
                get(ProfileParameter.BATTERY_OCV_FRESH_MV) >= get(ProfileParameter.BATTERY_OCV_KNEE_MV)
                        && get(ProfileParameter.BATTERY_OCV_KNEE_MV) >= get(ProfileParameter.BATTERY_OCV_LATE_MV)
                        && get(ProfileParameter.BATTERY_OCV_LATE_MV) >= get(ProfileParameter.BATTERY_OCV_EMPTY_MV),
                "battery_ocv_*",
                "the open-circuit voltage curve must not rise as the battery discharges");
        require(
                get(ProfileParameter.BATTERY_KNEE_DOD_PPM) < get(ProfileParameter.BATTERY_LATE_DOD_PPM),
                "battery_late_dod_ppm",
                "must be above battery_knee_dod_ppm");
        require(get(ProfileParameter.ERI_MV) > get(ProfileParameter.EOS_MV), "eri_mv", "must be above eos_mv");
        require(
                get(ProfileParameter.EMPTY_RESERVOIR_NL) < get(ProfileParameter.LOW_RESERVOIR_ALARM_NL)
                        && get(ProfileParameter.LOW_RESERVOIR_ALARM_NL) < get(ProfileParameter.RESERVOIR_CAPACITY_NL),
                "low_reservoir_alarm_nl",
                "must lie between empty_reservoir_nl and the reservoir capacity");
        require(
                get(ProfileParameter.NVM_SCRUB_INTERVAL_US) % tickUs() == 0,
                "nvm_scrub_interval_us",
                "must be a whole number of ticks");
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new SimInputException(field, reason);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
