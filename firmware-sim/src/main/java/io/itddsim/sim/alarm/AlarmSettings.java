package io.itddsim.sim.alarm;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The alarm settings a clinician programs (DOMAIN.md 3): the low-reservoir level, the repeat
 * interval of each severity, and the alarm clock (refill reminder).
 *
 * @param lowReservoirNl       the estimate at or below which the low-reservoir alarm sounds
 * @param criticalRepeatUs     how often a critical alarm sounds again
 * @param nonCriticalRepeatUs  how often a non-critical alarm sounds again
 * @param alarmClockUs         sim time the refill reminder goes off, or 0 for none
 */
public record AlarmSettings(long lowReservoirNl, long criticalRepeatUs, long nonCriticalRepeatUs, long alarmClockUs)
        implements java.io.Serializable {
    /** [A] shortest programmable repeat: one minute (a deaf patient's pump may be set short, HSA 2017). */
    public static final long MIN_REPEAT_US = 60_000_000L;
    /** [A] longest programmable repeat: one day. */
    public static final long MAX_REPEAT_US = 86_400_000_000L;

    public static AlarmSettings defaults(PumpProfile profile) {
        return new AlarmSettings(
                profile.get(ProfileParameter.LOW_RESERVOIR_ALARM_NL),
                profile.get(ProfileParameter.CRITICAL_ALARM_REPEAT_US),
                profile.get(ProfileParameter.NON_CRITICAL_ALARM_REPEAT_US),
                0);
    }

    /** Throws naming the first setting outside the pump's limits. */
    public void check(PumpProfile profile) {
        long cap = profile.get(ProfileParameter.RESERVOIR_CAPACITY_NL);
        long empty = profile.get(ProfileParameter.EMPTY_RESERVOIR_NL);
        if (lowReservoirNl <= empty || lowReservoirNl >= cap) {
            throw new SimInputException(
                    Refusal.OUT_OF_RANGE,
                    "alarms.low_reservoir",
                    "expected more than the empty level (" + empty + " nL) and less than the capacity (" + cap
                            + " nL), got " + lowReservoirNl + " nL");
        }
        checkRepeat("alarms.critical_repeat", criticalRepeatUs);
        checkRepeat("alarms.non_critical_repeat", nonCriticalRepeatUs);
        if (alarmClockUs < 0) {
            throw new SimInputException(Refusal.OUT_OF_RANGE, "alarms.alarm_clock", "must not be negative");
        }
    }

    private static void checkRepeat(String field, long us) {
        if (us < MIN_REPEAT_US || us > MAX_REPEAT_US) {
            throw new SimInputException(Refusal.OUT_OF_RANGE, field, "expected 1 min..24 h, got " + us + " us");
        }
    }

    public long repeatUs(AlarmSeverity severity) {
        return severity == AlarmSeverity.CRITICAL ? criticalRepeatUs : nonCriticalRepeatUs;
    }

    public AlarmSettings withAlarmClockUs(long us) {
        return new AlarmSettings(lowReservoirNl, criticalRepeatUs, nonCriticalRepeatUs, us);
    }
}
