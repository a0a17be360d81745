package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;

/**
 * Whether the pump took a command, and if not, which input was wrong and why.
 *
 * @param accepted true if the command took effect
 * @param field    the offending input when refused, else empty
 * @param reason   why it was refused, else empty
 * @param refusal  the category of the refusal, null when accepted
 */
public record CommandResult(boolean accepted, String field, String reason, Refusal refusal) {
    public static final CommandResult ACCEPTED = new CommandResult(true, "", "", null);

    public static CommandResult refused(Refusal refusal, String field, String reason) {
        return new CommandResult(false, field, reason, refusal);
    }
}
