package io.itddsim.sim.fault;

/**
 * When an armed fault acts. It waits until sim time {@code at}; then, if there is a condition,
 * until that holds; then its first occurrence begins. Each occurrence lasts {@code for} (or until
 * the fault ends by itself, is cleared, or the run ends); occurrence k (from 0) begins
 * {@code k x every} after the first. Each occurrence happens only with the given probability,
 * drawn from the fault's own random stream ({@code fault.<name>}) when it is due.
 *
 * @param atUs           earliest start, sim time (0: as soon as armed)
 * @param when           a condition to wait for after {@code at}, or null
 * @param pollUs         how often a threshold condition is checked (a fixed grid of sim time)
 * @param forUs          how long each occurrence lasts; 0 for open-ended
 * @param repeat         number of occurrences, at least 1
 * @param everyUs        time between the starts of occurrences; 0 when {@code repeat} is 1
 * @param probabilityPpm chance of each occurrence, 0 to 1,000,000 (certain)
 */
public record FaultSchedule(
        long atUs, FaultCondition when, long pollUs, long forUs, int repeat, long everyUs, long probabilityPpm)
        implements java.io.Serializable {
    /**
     * Default condition poll interval: ten minutes of sim time (4 uL of reservoir at 0.5 mL/day).
     * Each poll breaks a fast-forward skip, so a minute would cost a 90-day run about 10%; a
     * scenario that needs a finer trigger sets {@code poll}.
     */
    public static final long DEFAULT_POLL_US = 600_000_000L;

    public static final long CERTAIN_PPM = 1_000_000L;

    /** Once, from {@code atUs}, open-ended, for certain. */
    public static FaultSchedule at(long atUs) {
        return new FaultSchedule(atUs, null, DEFAULT_POLL_US, 0, 1, 0, CERTAIN_PPM);
    }

    /** At once, open-ended. */
    public static FaultSchedule now() {
        return at(0);
    }

    public FaultSchedule lasting(long durationUs) {
        return new FaultSchedule(atUs, when, pollUs, durationUs, repeat, everyUs, probabilityPpm);
    }

    public FaultSchedule when(FaultCondition condition) {
        return new FaultSchedule(atUs, condition, pollUs, forUs, repeat, everyUs, probabilityPpm);
    }

    public FaultSchedule polledEvery(long intervalUs) {
        return new FaultSchedule(atUs, when, intervalUs, forUs, repeat, everyUs, probabilityPpm);
    }

    public FaultSchedule repeated(int times, long intervalUs) {
        return new FaultSchedule(atUs, when, pollUs, forUs, times, intervalUs, probabilityPpm);
    }

    public FaultSchedule withProbabilityPpm(long ppm) {
        return new FaultSchedule(atUs, when, pollUs, forUs, repeat, everyUs, ppm);
    }
}
