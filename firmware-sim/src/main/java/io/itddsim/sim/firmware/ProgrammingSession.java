package io.itddsim.sim.firmware;

import io.itddsim.sim.hash.StateDigest;

/**
 * A programming transfer in progress. While it lasts the pump is stopped (DOMAIN.md 2, HSA 2021);
 * it ends when the new program arrives, or is abandoned after a timeout, leaving the pump stopped.
 */
final class ProgrammingSession implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long timeoutUs;
    private boolean open;
    private long deadlineUs;

    ProgrammingSession(long timeoutUs) {
        this.timeoutUs = timeoutUs;
    }

    void begin(long nowUs) {
        open = true;
        deadlineUs = nowUs + timeoutUs;
    }

    void end() {
        open = false;
    }

    boolean open() {
        return open;
    }

    /** True once, on the first check at or after the deadline of an open session. */
    boolean expired(long nowUs) {
        if (open && nowUs >= deadlineUs) {
            open = false;
            return true;
        }
        return false;
    }

    long deadlineUs() {
        return open ? deadlineUs : Long.MAX_VALUE;
    }

    void hashInto(StateDigest d) {
        d.section("programming").add(open).add(deadlineUs);
    }
}
