package io.itddsim.sim.engine;

import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.PumpCommand;

/**
 * A command and the time it is due; once applied, also the tick it was applied on and the pump's
 * answer. The applied list is the run's input log: replaying it reproduces the run (DESIGN.md rule 4).
 */
public record ScheduledCommand(
        long dueUs, long sequence, PumpCommand command, long appliedTick, long appliedUs, CommandResult result)
        implements java.io.Serializable {

    ScheduledCommand applied(long tick, long timeUs, CommandResult r) {
        return new ScheduledCommand(dueUs, sequence, command, tick, timeUs, r);
    }
}
