package io.itddsim.sim.fault;

import io.itddsim.sim.firmware.CommandResult;

/**
 * One fault input as applied: arming or clearing, at which tick, and the pump's answer. Together
 * with the command log it is the run's input log (DESIGN.md rule 4).
 *
 * @param tick   the tick boundary it was applied at
 * @param timeUs sim time of that boundary
 * @param action arm or clear
 * @param name   the fault's name (as given, even when refused)
 * @param result accepted, or refused with the field and reason
 */
public record FaultInput(long tick, long timeUs, Action action, String name, CommandResult result)
        implements java.io.Serializable {
    public enum Action {
        ARM,
        CLEAR
    }
}
