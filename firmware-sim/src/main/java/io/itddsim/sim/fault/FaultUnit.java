package io.itddsim.sim.fault;

/**
 * The unit of a fault parameter's value, which also says how a scenario file writes it: durations
 * and rates with their units ("30m", "0.5 mL/day"), flags as true/false, everything else as a
 * whole number in the unit its key ends with ({@code blocking_torque_nnm: 10000}).
 */
public enum FaultUnit {
    DURATION_US("us"),
    VOLUME_RATE_NL_PER_DAY("nL/day"),
    PPM("ppm"),
    PPM_PER_DAY("ppm/day"),
    TORQUE_NNM("nN*m"),
    CURRENT_NA("nA"),
    RESISTANCE_MOHM("mOhm"),
    RESISTANCE_MOHM_PER_DAY("mOhm/day"),
    FACTOR("x"),
    FACTOR_PER_DAY("x/day"),
    COUNT("count"),
    /** 0 for false, 1 for true. */
    FLAG("true/false");

    private final String symbol;

    FaultUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
