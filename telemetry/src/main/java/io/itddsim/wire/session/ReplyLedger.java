package io.itddsim.wire.session;

import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The replies a pump gave, by key and request id, so that a retried request is answered with the
 * first reply and never applied again: a lost reply must never turn one bolus into two.
 *
 * <p>A client is its authenticated key id, not its connection nor the name it gives: a client
 * that lost its link and retries on a new one is still recognised, and no other client can push
 * its ids out of the ledger by opening sessions under new names. Each key's last {@value
 * #IDS_PER_KEY} request ids are kept; the keys are those of the credentials file, so the ledger
 * stays bounded whatever clients do. Clients that share a key share its ids, so ids must be unique
 * per key (random 62-bit starts make a clash between two clients negligible). A retry that arrives
 * while the first is still queued waits for the same reply. An id reused for a different request is
 * refused rather than guessed at.
 *
 * <p>Each id costs a digest of its request and, once answered, a small reply: an interrogation
 * report is not kept (it can be 48 KiB); a retried interrogation is answered with a fresh read.
 */
public final class ReplyLedger {

    public static final int IDS_PER_KEY = 1024;

    /** What to do with an incoming request. */
    public sealed interface Entry permits New, Retry, Conflict {}

    /** First time this id is seen: carry it out and {@link #record} the reply. */
    public record New() implements Entry {}

    /**
     * Seen before with the same content: answer with this reply when it is there. A reply with no
     * result is a kept interrogation: answer it with a fresh passive read.
     */
    public record Retry(CompletableFuture<Reply> firstReply) implements Entry {}

    /** Seen before with different content. */
    public record Conflict(Request.CommandCase first) implements Entry {}

    private record Seen(byte[] digest, Request.CommandCase command, CompletableFuture<Reply> reply) {}

    private final Map<String, Map<Long, Seen>> keys = new LinkedHashMap<>();

    /** Registers {@code request} for {@code keyId} unless its id was seen already. */
    public synchronized Entry begin(String keyId, Request request) {
        Map<Long, Seen> ids = keys.computeIfAbsent(keyId, c -> lruMap(IDS_PER_KEY));
        Seen seen = ids.get(request.getRequestId());
        byte[] digest = digest(request);
        if (seen == null) {
            ids.put(request.getRequestId(), new Seen(digest, request.getCommandCase(), new CompletableFuture<>()));
            return new New();
        }
        if (!Arrays.equals(seen.digest(), digest)) {
            return new Conflict(seen.command());
        }
        return new Retry(seen.reply());
    }

    /** The reply to a request begun as {@link New}; retries waiting for it get it now. */
    public void record(String keyId, long requestId, Reply reply) {
        Seen seen;
        synchronized (this) {
            Map<Long, Seen> ids = keys.get(keyId);
            seen = ids == null ? null : ids.get(requestId);
            if (seen != null && reply.hasInterrogationReport()) {
                // keep the id, drop the report: a retry reads the pump afresh
                Reply kept = Reply.newBuilder().setRequestId(requestId).build();
                ids.put(requestId, new Seen(seen.digest(), seen.command(), CompletableFuture.completedFuture(kept)));
            }
        }
        if (seen != null) {
            seen.reply().complete(reply);
        }
    }

    /**
     * Forgets a request that was not carried out and may be sent again to be carried out (it was
     * answered BUSY or RATE_LIMITED). Retries already waiting for it get {@code reply} too.
     */
    public void forget(String keyId, long requestId, Reply reply) {
        Seen seen;
        synchronized (this) {
            Map<Long, Seen> ids = keys.get(keyId);
            seen = ids == null ? null : ids.remove(requestId);
        }
        if (seen != null) {
            seen.reply().complete(reply);
        }
    }

    /**
     * Remembers a request answered before a restart (from the pump's journal), as if it had been
     * begun and recorded now; a retry of it gets {@code reply}.
     */
    public synchronized void restore(String keyId, Request request, Reply reply) {
        Map<Long, Seen> ids = keys.computeIfAbsent(keyId, c -> lruMap(IDS_PER_KEY));
        ids.put(
                request.getRequestId(),
                new Seen(digest(request), request.getCommandCase(), CompletableFuture.completedFuture(reply)));
    }

    /** Request ids kept for {@code keyId} now. */
    public synchronized int size(String keyId) {
        Map<Long, Seen> ids = keys.get(keyId);
        return ids == null ? 0 : ids.size();
    }

    private static byte[] digest(Request request) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(request.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
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
