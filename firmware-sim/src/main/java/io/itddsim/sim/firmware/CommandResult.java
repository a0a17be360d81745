package io.itddsim.sim.firmware;

/**
 * Whether the pump took a command, and if not, which input was wrong and why.
 *
 * @param accepted true if the command took effect
 * @param field    the offending input when refused, else empty
 * @param reason   why it was refused, else empty
 */
public record CommandResult(boolean accepted, String field, String reason) {
    public static final CommandResult ACCEPTED = new CommandResult(true, "", "");

    public static CommandResult refused(String field, String reason) {
        return new CommandResult(false, field, reason);
    }
}
