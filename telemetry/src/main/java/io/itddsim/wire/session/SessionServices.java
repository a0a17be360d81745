package io.itddsim.wire.session;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.metrics.WireMetrics;
import io.itddsim.wire.schema.SchemaFingerprint;
import java.security.SecureRandom;

/**
 * What every session of one pump host shares, whatever its transport: the host, the stream hub,
 * the keys, the reply ledger, the meters and the nonce source.
 */
public final class SessionServices {

    private final PumpHost host;
    private final StreamHub hub;
    private final Credentials credentials;
    private final ReplyLedger ledger = new ReplyLedger();
    private final WireMetrics metrics;
    private final SecureRandom random = new SecureRandom();

    public SessionServices(PumpHost host, StreamHub hub, Credentials credentials, WireMetrics metrics) {
        this.host = host;
        this.hub = hub;
        this.credentials = credentials;
        this.metrics = metrics;
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
                credentials, host.config().identity(), SchemaFingerprint.current(), host.tickUs(), this::nonce);
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
