package io.itddsim.sim.alarm;

/** Told of every alarm state change and every pattern the pump plays (tick phase 6 output). */
public interface AlarmListener {
    AlarmListener NONE = new AlarmListener() {};

    /** An alarm changed state; {@code state} is the new one ({@link AlarmState#CLEARED} when cleared). */
    default void onAlarm(long timeUs, AlarmType type, AlarmState state, long raisedUs) {}

    default void onAnnunciation(Annunciation annunciation) {}
}
