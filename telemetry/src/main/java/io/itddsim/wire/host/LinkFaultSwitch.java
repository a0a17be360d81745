package io.itddsim.wire.host;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.wire.mapping.Replies;
import java.util.List;

/**
 * Arms and clears transport faults ({@code link.*}: byte loss, bit errors, latency...), which act
 * on the wire, not on the pump model. Called on the sim thread so that arming is ordered with
 * the pump's other inputs.
 */
public interface LinkFaultSwitch {

    /** The prefix of every link fault's name. */
    String PREFIX = "link.";

    /** A host with no transport that can inject faults. */
    LinkFaultSwitch NONE = new LinkFaultSwitch() {
        @Override
        public Reply arm(long requestId, FaultArm arm) {
            return Replies.nack(
                    requestId, NackReason.NACK_REASON_UNKNOWN_FAULT, "fault_arm: no link faults on this host");
        }

        @Override
        public Reply clear(long requestId, String fault) {
            return Replies.nack(
                    requestId, NackReason.NACK_REASON_UNKNOWN_FAULT, "fault_clear: no link faults on this host");
        }

        @Override
        public List<String> armed() {
            return List.of();
        }
    };

    default boolean handles(String fault) {
        return fault.startsWith(PREFIX);
    }

    Reply arm(long requestId, FaultArm arm);

    Reply clear(long requestId, String fault);

    /** Names of the link faults armed now, for status samples. */
    List<String> armed();
}
