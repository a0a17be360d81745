package io.itddsim.wire.client;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Challenge;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.HelloProof;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.proto.v1.RefusalReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Welcome;
import io.itddsim.wire.session.FrameAuthenticator;
import io.itddsim.wire.session.HandshakeProof;
import io.itddsim.wire.session.ServerHandshake;
import io.itddsim.wire.session.SessionKeys;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A client of a pump over any {@link ClientLink}: the handshake (the key's secret never leaves
 * this object), requests with fresh ids and their replies, and the streams the pump sends. After
 * the handshake every envelope is sealed with the session's key and every envelope from the pump
 * is checked: one that fails (forged, altered, replayed) is dropped and counted, never acted on.
 */
public final class PumpClient implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Put in the handshake inbox when the link closes, so the handshake stops waiting at once. */
    private static final Envelope LINK_CLOSED = Envelope.newBuilder().setSeq(-1).build();

    private final ClientOptions options;
    private final EnvelopeTap tap;
    private final BlockingQueue<Envelope> handshakeInbox = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<Reply>> pending = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<Envelope>> streamListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong seq = new AtomicLong();
    // random start: ids stay unique across this client's reconnects and restarts (ReplyLedger)
    private final AtomicLong nextRequestId = new AtomicLong((RANDOM.nextLong() >>> 2) + 1);
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    private final AtomicLong rejectedFrames = new AtomicLong();
    private volatile boolean established;
    private volatile FrameAuthenticator frames;
    private volatile long lastSimTimeUs;
    private ClientLink link;
    private Challenge challenge;
    private Welcome welcome;

    private PumpClient(ClientOptions options, EnvelopeTap tap) {
        this.options = options;
        this.tap = tap;
    }

    /**
     * Opens a link and runs the handshake.
     *
     * @throws HandshakeException if the pump refuses, does not answer in time, or fails its proof
     */
    public static PumpClient connect(ClientLink.Opener opener, ClientOptions options) throws Exception {
        return connect(opener, options, EnvelopeTap.NONE);
    }

    /**
     * Opens a link and runs the handshake; {@code tap} sees the conversation as plain envelopes
     * (a recording, for one).
     *
     * @throws HandshakeException if the pump refuses, does not answer in time, or fails its proof
     */
    public static PumpClient connect(ClientLink.Opener opener, ClientOptions options, EnvelopeTap tap)
            throws Exception {
        PumpClient client = new PumpClient(options, tap);
        client.link = opener.open(client.new Receiver());
        try {
            client.handshake();
        } catch (Exception e) {
            client.link.close();
            throw e;
        }
        return client;
    }

    private void handshake() throws HandshakeException, InterruptedException {
        byte[] clientNonce = new byte[HandshakeProof.NONCE_BYTES];
        RANDOM.nextBytes(clientNonce);
        sendBody(envelope()
                .setHello(Hello.newBuilder()
                        .setProtocolVersion(ServerHandshake.PROTOCOL_VERSION)
                        .setSchemaFingerprint(ByteString.copyFrom(options.schemaFingerprint()))
                        .setPumpSerialNumber(options.pumpSerialNumber())
                        .setRequestedRole(options.role())
                        .setKeyId(options.key().id())
                        .setClientNonce(ByteString.copyFrom(clientNonce))
                        .setClientName(options.clientName())));
        Envelope first = awaitHandshakeStep("Challenge");
        if (!first.hasChallenge()) {
            throw unexpected(first, "Challenge");
        }
        challenge = first.getChallenge();
        if (!java.security.MessageDigest.isEqual(
                options.schemaFingerprint(), challenge.getSchemaFingerprint().toByteArray())) {
            throw new HandshakeException(
                    RefusalReason.REFUSAL_REASON_UNSPECIFIED,
                    "the pump's schema fingerprint differs from this client's");
        }
        byte[] pumpNonce = challenge.getPumpNonce().toByteArray();
        byte[] mac = HandshakeProof.clientMac(
                options.key().secret(),
                clientNonce,
                pumpNonce,
                options.role(),
                options.schemaFingerprint(),
                options.pumpSerialNumber());
        sendBody(envelope().setHelloProof(HelloProof.newBuilder().setClientMac(ByteString.copyFrom(mac))));
        Envelope second = awaitHandshakeStep("Welcome");
        if (!second.hasWelcome()) {
            throw unexpected(second, "Welcome");
        }
        Welcome offered = second.getWelcome();
        byte[] expectedPumpMac = HandshakeProof.pumpMac(
                options.key().secret(),
                pumpNonce,
                clientNonce,
                offered.getGrantedRole(),
                options.schemaFingerprint(),
                offered.getPump().getSerialNumber());
        if (!HandshakeProof.matches(expectedPumpMac, offered.getPumpMac().toByteArray())) {
            throw new HandshakeException(
                    RefusalReason.REFUSAL_REASON_UNSPECIFIED,
                    "the pump's proof does not match key '" + options.key().id() + "'");
        }
        welcome = offered;
        frames = SessionKeys.derive(options.key().secret(), clientNonce, pumpNonce)
                .forClient();
        synchronized (handshakeInbox) {
            // anything that came right behind the Welcome, in order, before the link thread goes on
            for (Envelope early; (early = handshakeInbox.poll()) != null; ) {
                if (early != LINK_CLOSED) {
                    dispatch(early);
                }
            }
            established = true;
        }
    }

    /**
     * The pump's next handshake message. A serial line keeps no connection boundary, so frames an
     * earlier session left on it (a heartbeat, a sample, a reply) may arrive before the pump's
     * answer to this Hello: they are skipped; a Refusal is an answer.
     */
    private Envelope awaitHandshakeStep(String expected) throws HandshakeException, InterruptedException {
        long deadline = System.nanoTime() + options.handshakeTimeout().toNanos();
        Envelope next = handshakeInbox.poll(options.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        while (next != null
                && next != LINK_CLOSED
                && !next.hasChallenge()
                && !next.hasWelcome()
                && !next.hasRefusal()) {
            long left = deadline - System.nanoTime();
            next = left <= 0 ? null : handshakeInbox.poll(left, TimeUnit.NANOSECONDS);
        }
        if (next == null || next == LINK_CLOSED) {
            Throwable why = closed.getNow(null);
            throw new HandshakeException(
                    RefusalReason.REFUSAL_REASON_UNSPECIFIED,
                    closed.isDone()
                            ? "the link closed before the pump's " + expected + (why == null ? "" : ": " + why)
                            : "no " + expected + " from the pump within "
                                    + options.handshakeTimeout().toMillis() + " ms");
        }
        tap.received(next);
        return next;
    }

    private static HandshakeException unexpected(Envelope received, String expected) {
        if (received.hasRefusal()) {
            return new HandshakeException(
                    received.getRefusal().getReason(),
                    "the pump refused: " + received.getRefusal().getReason() + ": "
                            + received.getRefusal().getMessage());
        }
        return new HandshakeException(
                RefusalReason.REFUSAL_REASON_UNSPECIFIED, "expected a " + expected + ", got " + received.getBodyCase());
    }

    /** Sends a request with a fresh id. */
    public CompletableFuture<Reply> call(Request.Builder request) {
        long id = nextRequestId.getAndIncrement();
        return send(request.setRequestId(id).build());
    }

    /**
     * Sends a request and, while no reply comes, sends it again with the same id, up to {@code
     * attempts} times: on a lossy line (serial) a lost request or reply is recovered, and the pump's
     * reply ledger makes sure it is carried out once. BUSY and RATE_LIMITED are retried too.
     *
     * @throws java.util.concurrent.TimeoutException when no reply came after the last attempt
     */
    public Reply callReliably(Request.Builder request, java.time.Duration perAttempt, int attempts) throws Exception {
        Request withId = request.setRequestId(nextRequestId.getAndIncrement()).build();
        java.util.concurrent.TimeoutException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                Reply reply = send(withId).get(perAttempt.toMillis(), TimeUnit.MILLISECONDS);
                if (!reply.hasNack()
                        || (reply.getNack().getReason() != io.itddsim.proto.v1.NackReason.NACK_REASON_BUSY
                                && reply.getNack().getReason()
                                        != io.itddsim.proto.v1.NackReason.NACK_REASON_RATE_LIMITED)) {
                    return reply;
                }
            } catch (java.util.concurrent.TimeoutException e) {
                last = e;
            }
        }
        throw last != null ? last : new java.util.concurrent.TimeoutException("the pump stayed busy");
    }

    /**
     * Sends a request with the id it carries: a retry of an earlier request. Its future completes
     * with the first reply that comes for that id.
     */
    public CompletableFuture<Reply> send(Request request) {
        CompletableFuture<Reply> reply =
                pending.computeIfAbsent(request.getRequestId(), id -> new CompletableFuture<>());
        if (closed.isDone()) {
            pending.remove(request.getRequestId());
            reply.completeExceptionally(new IllegalStateException("the link to the pump is closed"));
            return reply;
        }
        sendBody(envelope().setRequest(request));
        return reply;
    }

    /** Sends any envelope body as it is (tests of bad input use it). */
    public void sendRaw(Envelope.Builder envelope) {
        sendBody(envelope);
    }

    /** Receives every envelope that is not a reply (streams, heartbeats), on the link's thread. */
    public void onStream(Consumer<Envelope> listener) {
        streamListeners.add(listener);
    }

    public Welcome welcome() {
        return welcome;
    }

    public Challenge challenge() {
        return challenge;
    }

    /** Who the pump is, as its Welcome told after the proof (the Challenge no longer names it). */
    public PumpIdentity pump() {
        return welcome.getPump();
    }

    /** Envelopes from the pump dropped because they failed authentication (forged, altered, replayed). */
    public long rejectedFrames() {
        return rejectedFrames.get();
    }

    /** The latest sim time the pump reported. */
    public long lastSimTimeUs() {
        return lastSimTimeUs;
    }

    /** Completes when the link closes, with the cause (null after a local close). */
    public CompletableFuture<Throwable> closed() {
        return closed;
    }

    public String describe() {
        return link.describe();
    }

    @Override
    public void close() {
        link.close();
    }

    private Envelope.Builder envelope() {
        return Envelope.newBuilder().setSimTimeUs(lastSimTimeUs);
    }

    private synchronized void sendBody(Envelope.Builder envelope) {
        // seq and send under one lock: the link sends in the order of the numbers
        Envelope stamped = envelope.setSeq(seq.incrementAndGet()).build();
        tap.sent(stamped);
        FrameAuthenticator sealer = frames;
        link.send(sealer == null ? stamped : sealer.seal(stamped));
    }

    private void dispatch(Envelope envelope) {
        if (frames.check(envelope) != FrameAuthenticator.Verdict.ACCEPTED) {
            rejectedFrames.incrementAndGet();
            return;
        }
        if (tap != EnvelopeTap.NONE) {
            tap.received(envelope.toBuilder().clearMac().build());
        }
        lastSimTimeUs = Math.max(lastSimTimeUs, envelope.getSimTimeUs());
        if (envelope.hasReply()) {
            CompletableFuture<Reply> waiting =
                    pending.remove(envelope.getReply().getRequestId());
            if (waiting != null) {
                waiting.complete(envelope.getReply());
            }
            return;
        }
        for (Consumer<Envelope> listener : streamListeners) {
            listener.accept(envelope);
        }
    }

    private final class Receiver implements ClientLink.Listener {
        @Override
        public void onEnvelope(Envelope envelope) {
            if (established) {
                dispatch(envelope);
                return;
            }
            synchronized (handshakeInbox) {
                if (established) {
                    dispatch(envelope);
                } else {
                    handshakeInbox.add(envelope);
                }
            }
        }

        @Override
        public void onClosed(Throwable cause) {
            closed.complete(cause);
            handshakeInbox.add(LINK_CLOSED);
            IllegalStateException gone =
                    new IllegalStateException("the link to the pump closed" + (cause == null ? "" : ": " + cause));
            pending.values().forEach(f -> f.completeExceptionally(gone));
            pending.clear();
        }
    }
}
