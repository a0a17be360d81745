package io.itddsim.wire.host;

import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.wire.host.state.JournalRecord;
import java.util.function.Consumer;

/**
 * Where the request executor reports each input it applied to the model, with its reply: the host
 * stamps the reply (the state hash, on a pump in test mode), journals the input when the pump keeps
 * durable state, and sends the reply once the input is safe.
 */
interface InputLog {

    /** Replies at once and keeps nothing: a pump without durable state, or a test. */
    InputLog DIRECT = (kind, input, request, keyId, reply, replyTo) -> replyTo.accept(reply);

    /**
     * @param kind    what {@code input} is
     * @param input   the model command, fault spec or fault name applied (null for time)
     * @param request the client's request
     * @param keyId   the key of the session that sent it ("" when unknown)
     * @param reply   the reply to send once the input is durable
     */
    void applied(
            JournalRecord.Kind kind, Object input, Request request, String keyId, Reply reply, Consumer<Reply> replyTo);
}
