package io.itddsim.sim.firmware;

/** Why the pump is not running its prescription's therapy, if it is not. */
enum TherapyOverride {
    /** Running the prescription. */
    NONE(false),
    /** A programming transfer is in progress: stopped until it completes. */
    PROGRAMMING(true),
    /** A programming transfer never completed: stopped until a program arrives. */
    PROGRAMMING_ABANDONED(true),
    /** The stored prescription failed its check: stopped (safe state) until reprogrammed. */
    MEMORY_SAFE_STOP(true),
    /** Empty reservoir or low battery reset: the keep-open minimum rate until reprogrammed. */
    MINIMUM_RATE(false),
    /**
     * A strong field (an MRI) put the pump into telemetry mode while it was alarming: infusion does
     * not resume until the pump is interrogated (DOMAIN.md 4).
     */
    TELEMETRY_HOLD(true);

    final boolean stopped;

    TherapyOverride(boolean stopped) {
        this.stopped = stopped;
    }
}
