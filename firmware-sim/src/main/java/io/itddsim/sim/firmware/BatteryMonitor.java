package io.itddsim.sim.firmware;

import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Measures the battery at a fixed interval and latches the elective replacement indicator (ERI)
 * and end of service (EOS) when the measured voltage falls to their thresholds.
 */
final class BatteryMonitor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final PeriodicCheck schedule;
    private final long eriMv;
    private final long eosMv;
    private long lastMv;
    private boolean eri;
    private boolean eos;

    BatteryMonitor(PumpProfile profile) {
        schedule = new PeriodicCheck(profile.get(ProfileParameter.BATTERY_CHECK_INTERVAL_US), profile.tickUs());
        eriMv = profile.get(ProfileParameter.ERI_MV);
        eosMv = profile.get(ProfileParameter.EOS_MV);
    }

    boolean dueAt(long nowUs) {
        return schedule.dueAt(nowUs);
    }

    long nextDueAfter(long nowUs) {
        return schedule.nextDueAfter(nowUs);
    }

    /** Ticks from {@code nowUs} on before the next measurement (0 if one is due now). */
    long quietTicks(long nowUs) {
        return schedule.quietTicks(nowUs);
    }

    /** Measures; returns true if end of service was reached by this measurement. */
    boolean measure(PumpHardware hw, long nowUs, EventLog log) {
        lastMv = hw.batteryTerminalMv();
        if (!eri && lastMv <= eriMv) {
            eri = true;
            log.log(nowUs, EventType.BATTERY_ERI, lastMv);
        }
        if (!eos && lastMv <= eosMv) {
            eos = true;
            log.log(nowUs, EventType.BATTERY_EOS, lastMv);
            return true;
        }
        return false;
    }

    long lastMv() {
        return lastMv;
    }

    boolean eri() {
        return eri;
    }

    boolean eos() {
        return eos;
    }

    void hashInto(StateDigest d) {
        d.section("battery-monitor").add(lastMv).add(eri).add(eos);
    }
}
