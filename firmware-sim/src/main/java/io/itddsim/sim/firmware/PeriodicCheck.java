package io.itddsim.sim.firmware;

/**
 * A check the firmware makes at a fixed interval of sim time (battery measurement, memory scrub),
 * at every whole multiple of the interval so that skipped and stepped runs meet the same instants.
 */
record PeriodicCheck(long intervalUs, long tickUs) implements java.io.Serializable {

    boolean dueAt(long nowUs) {
        return nowUs % intervalUs == 0;
    }

    /** The first check strictly after {@code nowUs}. */
    long nextDueAfter(long nowUs) {
        return nowUs - nowUs % intervalUs + intervalUs;
    }

    /** Ticks from {@code nowUs} on before the next check (0 if one is due now). */
    long quietTicks(long nowUs) {
        long into = nowUs % intervalUs;
        return into == 0 ? 0 : (intervalUs - into) / tickUs;
    }
}
