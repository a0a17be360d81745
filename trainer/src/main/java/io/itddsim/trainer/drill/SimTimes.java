package io.itddsim.trainer.drill;

/** Sim time as a trainee reads it: days since the scenario started, then the time of that day. */
public final class SimTimes {
    private static final long DAY_US = 86_400_000_000L;

    private SimTimes() {}

    /** 2592047000000 us as "day 30, 00:00:47". */
    public static String format(long us) {
        long day = us / DAY_US;
        long s = (us % DAY_US) / 1_000_000;
        return String.format("day %d, %02d:%02d:%02d", day, s / 3600, s / 60 % 60, s % 60);
    }
}
