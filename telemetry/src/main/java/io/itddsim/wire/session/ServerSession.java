package io.itddsim.wire.session;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Heartbeat;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.host.RequestOrigin;
import io.itddsim.wire.mapping.Replies;
import io.itddsim.wire.mapping.WireRejection;
import io.itddsim.wire.metrics.TransportMetrics;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's conversation with the pump over one connection, whatever carries it: the
 * handshake, then requests (role check, retry detection, the host's queue) and the streams the
 * client subscribed to. The transport feeds it envelopes from one thread and drains its {@link
 * OutboundMailbox}; nothing here blocks, and nothing a client sends can make it throw.
 */
public final class ServerSession {

    private static final Logger log = LoggerFactory.getLogger(ServerSession.class);

    /** What the transport does when the session must end (after a Refusal, or a client that stopped reading). */
    public interface Closer {
        /**
         * TCP: close once what is already in the mailbox has been written. Serial (where the line
         * stays): drop the backlog of a session that was ended.
         */
        void closeAfterFlush();
    }

    private record Peer(Role role, String keyId, RequestLimits.Limiter limiter, FrameAuthenticator frames) {}

    private final SessionServices services;
    private final OutboundMailbox out;
    private final TransportMetrics transport;
    private final Closer closer;
    private final boolean helloRestarts;
    private final String peerName;

    private ServerHandshake handshake;
    private volatile Peer peer;
    private volatile Subscription subscription = Subscription.NONE;
    private volatile boolean ended;
    /** A refusal is waiting out its delay: nothing the client sends meanwhile is looked at. */
    private volatile boolean refusing;
    // sim thread only
    private Subscription statusPacedFor = Subscription.NONE;
    private long nextStatusDueUs;
    private long lastStatusUs = -1;

    /**
     * @param helloRestarts whether a Hello on an established session starts a new handshake (a
     *     serial line, where a client that restarted cannot open a new connection) instead of being
     *     refused as out of sequence (TCP, where it opens a new connection)
     */
    public ServerSession(
            SessionServices services,
            OutboundMailbox out,
            TransportMetrics transport,
            Closer closer,
            boolean helloRestarts,
            String peerName) {
        this.services = services;
        this.out = out;
        this.transport = transport;
        this.closer = closer;
        this.helloRestarts = helloRestarts;
        this.peerName = peerName;
        this.handshake = services.newHandshake();
    }

    /** Transport reader thread: one envelope from the client. */
    public void onEnvelope(Envelope envelope) {
        transport.frameIn(envelope.getBodyCase());
        if (ended || refusing) {
            return;
        }
        Peer from = peer;
        if (from == null) {
            continueHandshake(envelope);
            return;
        }
        if (helloRestarts && envelope.hasHello() && envelope.getMac().isEmpty()) {
            // a serial client that restarted begins again; it proves its key anew
            leave();
            handshake = services.newHandshake();
            continueHandshake(envelope);
            return;
        }
        FrameAuthenticator.Verdict verdict = from.frames().check(envelope);
        if (verdict != FrameAuthenticator.Verdict.ACCEPTED) {
            transport.rejected(verdict.name().toLowerCase(java.util.Locale.ROOT));
            log.warn(
                    "{}: dropped a {} envelope (seq {}) that failed authentication: {}",
                    peerName,
                    envelope.getBodyCase(),
                    Long.toUnsignedString(envelope.getSeq()),
                    verdict);
            if (!helloRestarts) {
                // a TCP stream carrying a forged frame is in someone else's hands: end it
                ended = true;
                leave();
                closer.closeAfterFlush();
            }
            return;
        }
        switch (envelope.getBodyCase()) {
            case REQUEST -> onRequest(from, envelope.getRequest());
            case HELLO -> refuse(handshake.outOfSequence("Hello on an established session (open a new connection)"));
            // clients may send heartbeats so the pump can see they are alive; nothing to answer
            case HEARTBEAT -> {}
            default -> transport.unexpected(envelope.getBodyCase());
        }
    }

    /** Transport: the connection is gone. */
    public void onClosed() {
        ended = true;
        leave();
    }

    /** Transport timer, about once a second: tells the client the pump is alive. */
    public void heartbeat() {
        if (peer != null && !ended) {
            PumpHost host = services.host();
            deliver(services.envelopeNow()
                    .setHeartbeat(
                            Heartbeat.newBuilder().setRunState(host.runState()).setPaceMode(host.paceMode()))
                    .build());
        }
    }

    public Subscription subscription() {
        return subscription;
    }

    public boolean established() {
        return peer != null;
    }

    /** Whether this session may see the simulated patient (ground truth for a test bench): bench role only. */
    boolean seesSimulatedPatient() {
        Peer p = peer;
        return p != null && p.role() == Role.ROLE_BENCH;
    }

    /** Sim thread: an alarm or log event for this session; never dropped. */
    void stream(OutgoingEnvelope envelope) {
        deliver(envelope);
    }

    /** Sim thread: a status sample, sent if this session's interval has passed. */
    void offerStatus(long simTimeUs, OutgoingEnvelope envelope) {
        Subscription current = subscription;
        // a new subscription, or a pump that started over (LoadScenario) and whose time went back
        if (current != statusPacedFor || simTimeUs < lastStatusUs) {
            statusPacedFor = current;
            nextStatusDueUs = simTimeUs;
        }
        lastStatusUs = simTimeUs;
        if (simTimeUs < nextStatusDueUs) {
            return;
        }
        nextStatusDueUs = simTimeUs + current.statusIntervalUs();
        if (out.offerSample(envelope)) {
            transport.conflated(1);
        }
    }

    private void continueHandshake(Envelope envelope) {
        ServerHandshake.Outcome outcome = switch (envelope.getBodyCase()) {
            case HELLO -> handshake.onHello(envelope.getHello());
            case HELLO_PROOF -> handshake.onProof(envelope.getHelloProof());
            default -> handshake.outOfSequence(envelope.getBodyCase().name().toLowerCase(java.util.Locale.ROOT));
        };
        if (outcome instanceof ServerHandshake.Challenged challenged) {
            deliver(services.envelopeNow().setChallenge(challenged.challenge()).build());
        } else if (outcome instanceof ServerHandshake.Refused refused) {
            refuse(refused);
        } else if (outcome instanceof ServerHandshake.Established established) {
            deliver(services.envelopeNow().setWelcome(established.welcome()).build());
            // everything after the Welcome is sealed, both ways
            FrameAuthenticator frames = established.sessionKeys().forPump();
            out.sealWith(frames);
            peer = new Peer(
                    established.role(),
                    established.keyId(),
                    services.limits().forSession(established.keyId(), established.role()),
                    frames);
            transport.sessionOpened();
            services.hub().join(this);
            log.info(
                    "{}: session as {} for key '{}' ({})",
                    peerName,
                    RolePolicy.shortName(established.role()),
                    established.keyId(),
                    established.clientName());
        }
    }

    private void refuse(ServerHandshake.Refused refused) {
        services.metrics().refusal(refused.refusal().getReason());
        log.info(
                "{}: handshake refused: {} {}",
                peerName,
                refused.refusal().getReason(),
                refused.refusal().getMessage());
        if (refused.delay().isZero()) {
            sendRefusal(refused);
        } else {
            // a failed proof is answered late, so guessing is slow; nothing is read meanwhile
            refusing = true;
            services.later(refused.delay(), () -> {
                refusing = false;
                sendRefusal(refused);
            });
        }
    }

    private void sendRefusal(ServerHandshake.Refused refused) {
        deliver(services.envelopeNow().setRefusal(refused.refusal()).build());
        if (helloRestarts) {
            // a serial line stays: the next Hello starts afresh
            leave();
            handshake = services.newHandshake();
        } else {
            ended = true;
            leave();
            closer.closeAfterFlush();
        }
    }

    private void onRequest(Peer from, Request request) {
        long id = request.getRequestId();
        if (id == 0) {
            sendReply(Replies.nack(
                    0,
                    NackReason.NACK_REASON_INVALID_ARGUMENT,
                    "request_id: 0 is not a valid id; use a non-zero id unique for the key"));
            return;
        }
        if (!from.limiter().allow()) {
            String why = "more requests than " + services.limits().describe() + " allow; nothing was applied,"
                    + " retry later with the same request_id";
            services.host().noteRefusal(commandName(request), RolePolicy.shortName(from.role()) + ": rate limited");
            sendReply(Replies.nack(id, NackReason.NACK_REASON_RATE_LIMITED, why));
            return;
        }
        ReplyLedger.Entry entry = services.ledger().begin(from.keyId(), request);
        if (entry instanceof ReplyLedger.Retry retry) {
            retry.firstReply().thenAccept(first -> answerRetry(from, request, first));
            return;
        }
        if (entry instanceof ReplyLedger.Conflict conflict) {
            sendReply(Replies.nack(
                    id,
                    NackReason.NACK_REASON_INVALID_ARGUMENT,
                    "request_id " + Long.toUnsignedString(id) + " was already used for a different request ("
                            + conflict.first().name().toLowerCase(java.util.Locale.ROOT)
                            + ") under this key; nothing was applied, use a new id"));
            return;
        }
        Reply immediate = answerHere(from.role(), request);
        if (immediate != null) {
            services.ledger().record(from.keyId(), id, immediate);
            sendReply(immediate);
            return;
        }
        Consumer<Reply> recordAndSend = reply -> {
            services.ledger().record(from.keyId(), id, reply);
            sendReply(reply);
        };
        boolean queued = readsOnly(from.role(), request)
                ? services.host().submitRead(request, recordAndSend)
                : services.host().submit(request, new RequestOrigin(from.keyId(), from.role()), recordAndSend);
        if (!queued) {
            Reply busy = Replies.nack(
                    id,
                    NackReason.NACK_REASON_BUSY,
                    "the pump's command queue is full ("
                            + services.host().config().commandQueueCapacity()
                            + " waiting); nothing was applied, retry with the same request_id");
            services.ledger().forget(from.keyId(), id, busy);
            sendReply(busy);
        }
    }

    /**
     * An observer's or a patient's interrogation only reads the pump: it must not acknowledge or
     * clear a sounding alarm, nor take room in the pump's log. A clinician's is a programmer's
     * interrogation, with its effects.
     */
    private static boolean readsOnly(Role role, Request request) {
        return request.hasInterrogate() && (role == Role.ROLE_OBSERVER || role == Role.ROLE_PATIENT);
    }

    /** A retry gets the first reply; an interrogation, whose report is not kept, is read afresh. */
    private void answerRetry(Peer from, Request request, Reply first) {
        if (first.getResultCase() != Reply.ResultCase.RESULT_NOT_SET) {
            sendReply(first);
            return;
        }
        if (!services.host().submitRead(request, this::sendReply)) {
            sendReply(Replies.nack(
                    request.getRequestId(),
                    NackReason.NACK_REASON_BUSY,
                    "the pump's command queue is full; retry with the same request_id"));
        }
    }

    /** The reply to requests the session answers itself (refusals, Subscribe), or null. */
    private Reply answerHere(Role role, Request request) {
        try {
            RolePolicy.check(
                    role, request.getCommandCase(), services.host().config().testMode());
        } catch (WireRejection e) {
            services.host().noteRefusal(commandName(request), RolePolicy.shortName(role) + ": " + e.getMessage());
            return Replies.nack(request.getRequestId(), e.reason(), e.getMessage());
        }
        if (request.getCommandCase() == Request.CommandCase.SUBSCRIBE) {
            subscription = Subscription.of(
                    request.getSubscribe(), services.host().config().sampleIntervalUs());
            return Replies.ack(request.getRequestId());
        }
        return null;
    }

    /** The request's command as the event log names it, e.g. "fault_arm". */
    private static String commandName(Request request) {
        return request.getCommandCase().name().toLowerCase(java.util.Locale.ROOT);
    }

    private void sendReply(Reply reply) {
        if (reply.hasNack()) {
            services.metrics().nack(reply.getNack().getReason());
        }
        deliver(services.envelopeNow().setReply(reply).build());
    }

    private void deliver(Envelope envelope) {
        deliver(OutgoingEnvelope.of(envelope));
    }

    private void deliver(OutgoingEnvelope envelope) {
        if (ended && envelope.body() != Envelope.BodyCase.REFUSAL) {
            return;
        }
        if (!out.send(envelope)) {
            log.warn(
                    "{}: ending the session, the client stopped reading ({} envelopes waiting)",
                    peerName,
                    out.backlog());
            transport.closedForBacklog();
            leave();
            if (helloRestarts) {
                // the line stays; the client starts again with a Hello and reads the log it missed
                handshake = services.newHandshake();
            } else {
                ended = true;
            }
            closer.closeAfterFlush();
        }
    }

    private synchronized void leave() {
        if (peer != null) {
            peer = null;
            out.sealWith(null);
            subscription = Subscription.NONE;
            services.hub().leave(this);
            transport.sessionClosed();
        }
    }
}
