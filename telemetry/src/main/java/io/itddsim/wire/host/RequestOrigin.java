package io.itddsim.wire.host;

import io.itddsim.proto.v1.Role;

/**
 * Who sent a request: the key its session proved and the session's role. The host keeps the
 * reply with the key (for retries after a restart) and shields the pump from the lower roles: a
 * patient's bolus the firmware would refuse is refused before it reaches the model. A bench, the
 * test harness, drives the model as a scenario does.
 *
 * @param keyId the key id ("" when unknown)
 * @param role  the session's role
 */
public record RequestOrigin(String keyId, Role role) {

    /** A request from inside the process (a tool, a test): trusted as a bench. */
    public static final RequestOrigin LOCAL = new RequestOrigin("", Role.ROLE_BENCH);

    public RequestOrigin {
        keyId = keyId == null ? "" : keyId;
    }

    /** Whether requests the firmware would refuse are refused before the model, costing it nothing. */
    boolean shielded() {
        return role != Role.ROLE_BENCH;
    }
}
