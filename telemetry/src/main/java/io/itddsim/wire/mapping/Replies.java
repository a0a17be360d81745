package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.Ack;
import io.itddsim.proto.v1.Nack;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.sim.Refusal;
import io.itddsim.sim.firmware.CommandResult;

/** Builds the replies the pump sends, and maps the model's refusals onto Nack reasons. */
public final class Replies {

    private Replies() {}

    public static Reply ack(long requestId) {
        return Reply.newBuilder()
                .setRequestId(requestId)
                .setAck(Ack.getDefaultInstance())
                .build();
    }

    public static Reply nack(long requestId, NackReason reason, String message) {
        return Reply.newBuilder()
                .setRequestId(requestId)
                .setNack(Nack.newBuilder().setReason(reason).setMessage(message))
                .build();
    }

    /** Ack for an accepted command, else a Nack carrying the pump's own reason and message. */
    public static Reply of(long requestId, CommandResult result) {
        if (result.accepted()) {
            return ack(requestId);
        }
        return nack(requestId, nackReason(result.refusal()), result.reason());
    }

    public static NackReason nackReason(Refusal refusal) {
        if (refusal == null) {
            return NackReason.NACK_REASON_UNSPECIFIED;
        }
        return switch (refusal) {
            case INVALID -> NackReason.NACK_REASON_INVALID_ARGUMENT;
            case OUT_OF_RANGE -> NackReason.NACK_REASON_OUT_OF_RANGE;
            case PUMP_STATE -> NackReason.NACK_REASON_PUMP_STATE;
            case LOCKOUT -> NackReason.NACK_REASON_LOCKOUT;
            case DAILY_LIMIT -> NackReason.NACK_REASON_DAILY_LIMIT;
            case NOT_PERMITTED -> NackReason.NACK_REASON_NOT_PERMITTED;
        };
    }
}
