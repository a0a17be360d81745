package io.itddsim.wire.session;

import com.google.protobuf.InvalidProtocolBufferException;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.host.state.KeptReply;
import io.itddsim.wire.metrics.WireMetrics;
import io.itddsim.wire.schema.SchemaFingerprint;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What every session of one pump host shares, whatever its transport: the host, the stream hub,
 * the keys, the reply ledger, the rate limits, the proof throttle, the meters and the nonce source.
 */
public final class SessionServices implements AutoCloseable {

    private final PumpHost host;
    private final StreamHub hub;
    private final Credentials credentials;
    private final ReplyLedger ledger = new ReplyLedger();
    private final WireMetrics metrics;
    private final SecureRandom random = new SecureRandom();
    private final RequestLimits limits;
    private final ProofThrottle throttle;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "session-timer");
        t.setDaemon(true);
        return t;
    });

    public SessionServices(PumpHost host, StreamHub hub, Credentials credentials, WireMetrics metrics) {
        this(host, hub, credentials, metrics, RequestLimits.DEFAULT, ProofThrottle.DEFAULT);
    }

    public SessionServices(
            PumpHost host,
            StreamHub hub,
            Credentials credentials,
            WireMetrics metrics,
            RequestLimits limits,
            ProofThrottle throttle) {
        this.host = host;
        this.hub = hub;
        this.credentials = credentials;
        this.metrics = metrics;
        this.limits = limits.fresh();
        this.throttle = throttle.fresh();
        // requests answered before a restart: their retries get the same replies
        for (KeptReply kept : host.keptReplies()) {
            try {
                ledger.restore(kept.keyId(), Request.parseFrom(kept.request()), Reply.parseFrom(kept.reply()));
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("a journaled request that does not parse", e);
            }
        }
    }

    public RequestLimits limits() {
        return limits;
    }

    /** Runs {@code task} after {@code delay} on a timer thread (a refusal answered late). */
    void later(Duration delay, Runnable task) {
        timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    public PumpHost host() {
        return host;
    }

    public StreamHub hub() {
        return hub;
    }

    public ReplyLedger ledger() {
        return ledger;
    }

    public WireMetrics metrics() {
        return metrics;
    }

    public ServerHandshake newHandshake() {
        return new ServerHandshake(
                credentials,
                host.config().identity(),
                SchemaFingerprint.current(),
                host.tickUs(),
                this::nonce,
                throttle);
    }

    /** An envelope stamped with the pump's sim time now and, unless in lockstep, its wall time. */
    public Envelope.Builder envelopeNow() {
        return Envelopes.stamped(host.simTimeUs(), host.paceMode());
    }

    private byte[] nonce() {
        byte[] nonce = new byte[HandshakeProof.NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }
}
