package io.itddsim.sim.engine;

import io.itddsim.sim.firmware.PumpCommand;

/**
 * A timeline entry of a run plan: a command due at a sim time.
 *
 * @param atUs    due time in sim microseconds
 * @param command what to send the pump
 * @param line    line of the scenario file it came from (0 when built in code), for messages
 */
public record TimedCommand(long atUs, PumpCommand command, int line) implements java.io.Serializable {
    public TimedCommand {
        if (command == null) {
            throw new io.itddsim.sim.SimInputException("timeline.command", "missing");
        }
        if (atUs < 0) {
            throw new io.itddsim.sim.SimInputException("timeline.at", "must not be negative, got " + atUs + " us");
        }
    }

    /** A command built in code, not read from a file. */
    public TimedCommand(long atUs, PumpCommand command) {
        this(atUs, command, 0);
    }
}
