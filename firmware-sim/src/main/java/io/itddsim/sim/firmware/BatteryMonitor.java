package io.itddsim.sim.firmware;

import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Measures the battery at a fixed interval and latches the elective replacement indicator (ERI)
 * and end of service (EOS). EOS comes when the measured voltage falls to its threshold. ERI comes
 * at the first measurement at which any of these holds (DOMAIN.md 1: after ERI the pump runs 90
 * days more; design life 84 months):
 *
 * <ul>
 *   <li>the voltage has fallen to the ERI threshold (the logged event has no detail);
 *   <li>a reading at rest leaves less than the reserve ({@code eri_to_eos_min_us} plus its margin)
 *       at the programmed load ({@link ServiceReserve}); readings taken while a motor step sags the
 *       cell are not used for this;
 *   <li>the pump has been in service for its design life less {@code eri_to_eos_min_us}, counted
 *       from sim time 0.
 * </ul>
 *
 * Every decision is taken on a measurement tick, which fast-forward never skips.
 */
final class BatteryMonitor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final PeriodicCheck schedule;
    private final long eriMv;
    private final long eosMv;
    private final ServiceReserve reserve;
    private final long serviceEndUs;
    private long lastMv;
    private boolean eri;
    private boolean eos;

    BatteryMonitor(PumpProfile profile) {
        schedule = new PeriodicCheck(profile.get(ProfileParameter.BATTERY_CHECK_INTERVAL_US), profile.tickUs());
        eriMv = profile.get(ProfileParameter.ERI_MV);
        eosMv = profile.get(ProfileParameter.EOS_MV);
        reserve = new ServiceReserve(profile);
        serviceEndUs = Math.max(
                0, profile.get(ProfileParameter.DESIGN_LIFE_US) - profile.get(ProfileParameter.ERI_TO_EOS_MIN_US));
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

    /**
     * Measures; returns true if end of service was reached by this measurement.
     *
     * @param rateNlPerDay what the prescription in force asks for in a day (the programmed load)
     * @param atRest       no motor step is driven on this tick, so the reading is the cell at rest
     */
    boolean measure(PumpHardware hw, long nowUs, EventLog log, long rateNlPerDay, boolean atRest) {
        lastMv = hw.batteryTerminalMv();
        if (!eri) {
            String why = eriReason(nowUs, rateNlPerDay, atRest);
            if (why != null) {
                eri = true;
                log.log(nowUs, EventType.BATTERY_ERI, lastMv, why);
            }
        }
        if (!eos && lastMv <= eosMv) {
            eos = true;
            log.log(nowUs, EventType.BATTERY_EOS, lastMv);
            return true;
        }
        return false;
    }

    /** Why ERI is due now ("" for the voltage threshold), or null if it is not. */
    private String eriReason(long nowUs, long rateNlPerDay, boolean atRest) {
        if (lastMv <= eriMv) {
            return "";
        }
        if (atRest && reserve.belowReserve(lastMv, rateNlPerDay)) {
            return "service left at " + rateNlPerDay + " nL/day: about " + reserve.daysLeft(lastMv, rateNlPerDay)
                    + " days";
        }
        if (nowUs >= serviceEndUs) {
            return "design life";
        }
        return null;
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
