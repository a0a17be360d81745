package io.itddsim.bench.target;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.client.ClientLink;

/** A client link whose frames, both ways, a {@link FrameTap} sees. */
final class TappedLink implements ClientLink {
    private final ClientLink inner;
    private final FrameTap tap;

    private TappedLink(ClientLink inner, FrameTap tap) {
        this.inner = inner;
        this.tap = tap;
    }

    static ClientLink.Opener around(ClientLink.Opener opener, FrameTap tap) {
        return listener -> new TappedLink(
                opener.open(new ClientLink.Listener() {
                    @Override
                    public void onEnvelope(Envelope envelope) {
                        tap.received(envelope);
                        listener.onEnvelope(envelope);
                    }

                    @Override
                    public void onClosed(Throwable cause) {
                        listener.onClosed(cause);
                    }
                }),
                tap);
    }

    @Override
    public synchronized void send(Envelope envelope) {
        tap.sent(envelope);
        inner.send(envelope);
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void close() {
        inner.close();
    }
}
