package io.itddsim.wire.session;

import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.mapping.WireRejection;
import java.util.Locale;

/**
 * Who may send what. Each role includes the one before: observer (interrogate, subscribe) &lt;
 * patient (PTM bolus) &lt; clinician (program, refill, bolus, alarm test and acknowledge) &lt;
 * bench (fault injection and time control). A bench is a test harness that drives the whole
 * pump, so it may do what a clinician does; it exists only on a pump started in test mode.
 */
public final class RolePolicy {

    private RolePolicy() {}

    /**
     * Refuses a request its session may not send. Test mode comes first: a bench command on a pump
     * not in test mode is NOT_TEST_MODE whoever sends it, since no role could send it there.
     *
     * @throws WireRejection NOT_TEST_MODE or NOT_PERMITTED
     */
    public static void check(Role role, Request.CommandCase command, boolean testMode) {
        Role needed = neededRole(command);
        if (needed == Role.ROLE_BENCH && !testMode) {
            throw new WireRejection(
                    NackReason.NACK_REASON_NOT_TEST_MODE,
                    name(command) + ": a bench command, and this pump was not started in test mode");
        }
        if (rank(role) < rank(needed)) {
            throw new WireRejection(
                    NackReason.NACK_REASON_NOT_PERMITTED,
                    name(command) + ": needs the " + shortName(needed) + " role; this session is " + shortName(role));
        }
    }

    /** Whether {@code held} includes {@code wanted}: the same role, or one below it. */
    public static boolean includes(Role held, Role wanted) {
        return rank(wanted) > 0 && rank(held) >= rank(wanted);
    }

    /** The least role that may send {@code command}. */
    public static Role neededRole(Request.CommandCase command) {
        return switch (command) {
            case INTERROGATE, SUBSCRIBE, COMMAND_NOT_SET -> Role.ROLE_OBSERVER;
            case PTM_BOLUS -> Role.ROLE_PATIENT;
            case PROGRAM_PRESCRIPTION, BEGIN_PROGRAMMING, REFILL, BOLUS, ALARM_TEST, ALARM_ACKNOWLEDGE ->
                Role.ROLE_CLINICIAN;
            case FAULT_ARM, FAULT_CLEAR, STEP, PACE, PAUSE, RESUME, LOAD_SCENARIO -> Role.ROLE_BENCH;
        };
    }

    public static String shortName(Role role) {
        return switch (role) {
            case ROLE_OBSERVER -> "observer";
            case ROLE_PATIENT -> "patient";
            case ROLE_CLINICIAN -> "clinician";
            case ROLE_BENCH -> "bench";
            default -> "unspecified";
        };
    }

    private static int rank(Role role) {
        return switch (role) {
            case ROLE_OBSERVER -> 1;
            case ROLE_PATIENT -> 2;
            case ROLE_CLINICIAN -> 3;
            case ROLE_BENCH -> 4;
            default -> 0;
        };
    }

    private static String name(Request.CommandCase command) {
        return command.name().toLowerCase(Locale.ROOT);
    }
}
