package io.itddsim.wire.session;

import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The replies a pump gave, by client and request id, so that a retried request is answered with
 * the first reply and never applied again: a lost reply must never turn one bolus into two.
 *
 * <p>A client is its key id and client name, not its connection: a client that lost its link
 * and retries on a new one is still recognised (the reason a reply is lost is usually that the
 * link went down). Each client's last {@value #IDS_PER_CLIENT} request ids are kept, for the
 * last {@value #CLIENTS} clients; a client must not reuse an id within that window. A retry
 * that arrives while the first is still queued waits for the same reply. An id reused for a
 * different request is refused rather than guessed at.
 */
public final class ReplyLedger {

    public static final int IDS_PER_CLIENT = 1024;
    public static final int CLIENTS = 256;

    /** What to do with an incoming request. */
    public sealed interface Entry permits New, Retry, Conflict {}

    /** First time this id is seen: carry it out and {@link #record} the reply. */
    public record New() implements Entry {}

    /** Seen before with the same content: answer with this reply when it is there. */
    public record Retry(CompletableFuture<Reply> firstReply) implements Entry {}

    /** Seen before with different content: refuse, apply nothing. */
    public record Conflict(Request first) implements Entry {}

    private record Seen(Request request, CompletableFuture<Reply> reply) {}

    private final Map<String, Map<Long, Seen>> clients = lruMap(CLIENTS);

    /** Registers {@code request} for {@code client} unless its id was seen already. */
    public synchronized Entry begin(String client, Request request) {
        Map<Long, Seen> ids = clients.computeIfAbsent(client, c -> lruMap(IDS_PER_CLIENT));
        Seen seen = ids.get(request.getRequestId());
        if (seen == null) {
            ids.put(request.getRequestId(), new Seen(request, new CompletableFuture<>()));
            return new New();
        }
        if (!seen.request().equals(request)) {
            return new Conflict(seen.request());
        }
        return new Retry(seen.reply());
    }

    /** The reply to a request begun as {@link New}; retries waiting for it get it now. */
    public void record(String client, long requestId, Reply reply) {
        Seen seen;
        synchronized (this) {
            Map<Long, Seen> ids = clients.get(client);
            seen = ids == null ? null : ids.get(requestId);
        }
        if (seen != null) {
            seen.reply().complete(reply);
        }
    }

    /**
     * Forgets a request that was not carried out and may be sent again to be carried out (it was
     * answered BUSY). Retries already waiting for it get {@code reply} too.
     */
    public void forget(String client, long requestId, Reply reply) {
        Seen seen;
        synchronized (this) {
            Map<Long, Seen> ids = clients.get(client);
            seen = ids == null ? null : ids.remove(requestId);
        }
        if (seen != null) {
            seen.reply().complete(reply);
        }
    }

    private static <K, V> Map<K, V> lruMap(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
