package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;

/**
 * Whether the pump has shut itself off for good at end of service (DOMAIN.md 1). Shared by the
 * parts of the firmware that must refuse commands, stop dosing or stop the telemetry hold once it
 * has.
 */
final class EndOfService implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private boolean reached;

    boolean reached() {
        return reached;
    }

    /** The battery monitor measured end of service: from now on the pump does nothing. */
    void reach() {
        reached = true;
    }

    /** Throws the refusal a stopped pump gives to anything that would change its therapy. */
    void refuseCommands() {
        if (reached) {
            throw new SimInputException(
                    Refusal.PUMP_STATE, "pump", "the pump has reached end of service and has stopped");
        }
    }
}
