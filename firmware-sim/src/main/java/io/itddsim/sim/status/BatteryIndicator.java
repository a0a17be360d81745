package io.itddsim.sim.status;

/** The battery as the firmware's monitor has judged it. */
public enum BatteryIndicator {
    OK,
    /** Elective replacement indicator: replace the pump within the remaining service. */
    ERI,
    /** End of service: the pump has stopped. */
    EOS
}
