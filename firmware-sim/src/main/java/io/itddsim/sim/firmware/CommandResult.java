package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;

/**
 * Whether the pump took a command, and if not, which input was wrong and why.
 *
 * @param accepted true if the command took effect
 * @param field    the offending input when refused, else empty
 * @param reason   why it was refused, else empty
 * @param refusal  the category of the refusal, null when accepted
 * @param report   the interrogation report, for an accepted interrogation; else null
 */
public record CommandResult(boolean accepted, String field, String reason, Refusal refusal, InterrogationReport report)
        implements java.io.Serializable {
    public static final CommandResult ACCEPTED = new CommandResult(true, "", "", null, null);

    public static CommandResult refused(Refusal refusal, String field, String reason) {
        return new CommandResult(false, field, reason, refusal, null);
    }

    /** Accepted, with the report when there is one. */
    public static CommandResult interrogatedOrAccepted(InterrogationReport report) {
        return report == null ? ACCEPTED : interrogated(report);
    }

    public static CommandResult interrogated(InterrogationReport report) {
        return new CommandResult(true, "", "", null, report);
    }
}
