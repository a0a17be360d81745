package io.itddsim.wire.client;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.WireLimits;
import io.itddsim.wire.serial.SerialFrameDecoder;
import io.itddsim.wire.serial.SerialFrameEncoder;
import io.itddsim.wire.serial.SerialLink;
import io.itddsim.wire.serial.SerialLinkException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A client's end of a serial line to a pump: a reader thread that polls the port and decodes
 * COBS/CRC frames (damaged ones dropped and counted), and framed writes.
 */
public final class SerialClientLink implements ClientLink {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final SerialLink link;
    private final Listener listener;
    private final SerialFrameEncoder encoder = new SerialFrameEncoder(WireLimits.DEFAULT_MAX_ENVELOPE_BYTES);
    private final FrameDropCounters drops = new FrameDropCounters();
    private final Thread reader;
    private volatile boolean closing;

    private SerialClientLink(SerialLink link, Listener listener) {
        this.link = link;
        this.listener = listener;
        this.reader = new Thread(this::read, "serial-client-" + link.name());
        reader.setDaemon(true);
    }

    /** Opens {@code link} (not yet open) for a client. */
    public static ClientLink.Opener over(SerialLink link) {
        return listener -> open(link, listener);
    }

    public static SerialClientLink open(SerialLink link, Listener listener) throws SerialLinkException {
        link.open();
        SerialClientLink client = new SerialClientLink(link, listener);
        client.reader.start();
        return client;
    }

    @Override
    public synchronized void send(Envelope envelope) {
        try {
            link.write(encoder.encode(envelope));
        } catch (SerialLinkException e) {
            // the reader sees the same loss and reports the close
        }
    }

    @Override
    public String describe() {
        return "serial:" + link.name();
    }

    /** Frames this client dropped (damaged on the line). */
    public FrameDropCounters drops() {
        return drops;
    }

    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(reader);
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }

    private void read() {
        SerialFrameDecoder decoder = new SerialFrameDecoder(WireLimits.DEFAULT_MAX_ENVELOPE_BYTES, drops);
        byte[] buffer = new byte[4096];
        Throwable cause = null;
        try {
            while (!closing) {
                int n = link.readAvailable(buffer);
                if (n > 0) {
                    decoder.feed(buffer, 0, n, listener::onEnvelope);
                } else {
                    LockSupport.parkNanos(POLL_NANOS);
                }
            }
        } catch (SerialLinkException | RuntimeException e) {
            cause = e;
        }
        listener.onClosed(cause);
    }
}
