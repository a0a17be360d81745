package io.itddsim.wire.serial;

import io.itddsim.wire.frame.EncodedEnvelope;
import io.itddsim.wire.metrics.TransportMetrics;
import io.itddsim.wire.session.OutboundMailbox;
import io.itddsim.wire.session.ServerSession;
import io.itddsim.wire.session.SessionServices;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pump's serial endpoint: one thread that opens the port (and opens it again whenever it
 * goes away), feeds what arrives through the COBS/CRC frame decoder to a {@link ServerSession},
 * and sends the session's mailbox no faster than the line rate, so status samples are conflated
 * when the line is full rather than queued. A serial line has one client at a time; a new Hello
 * starts a new session.
 */
public final class SerialPumpPort implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SerialPumpPort.class);

    /** How often the port is polled for bytes; jssc offers no blocking read we could wait in. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static final int BACKLOG_LIMIT = 10_000;
    /** Fewer samples wait on a slow line: a few at 10 a second is already old news. */
    private static final int SAMPLE_DEPTH = 2;

    private final SerialPortSettings settings;
    private final Supplier<SerialLink> links;
    private final SessionServices services;
    private final TransportMetrics metrics;
    private final SerialFrameEncoder encoder;
    private final LinePacer pacer;
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean connected;
    private volatile long opens;

    private SerialPumpPort(SerialPortSettings settings, Supplier<SerialLink> links, SessionServices services) {
        this.settings = settings;
        this.links = links;
        this.services = services;
        this.metrics = services.metrics().transport("serial");
        this.encoder = new SerialFrameEncoder(settings.maxEnvelopeBytes());
        this.pacer = new LinePacer(settings.baudRate());
        this.thread = new Thread(this::run, "serial-" + settings.device());
        thread.setDaemon(true);
    }

    /**
     * Starts serving; the port need not exist yet.
     *
     * @param links makes a fresh, unopened link to the port for each attempt (a {@link
     *     JsscSerialLink} in production, possibly wrapped to inject line faults)
     */
    public static SerialPumpPort start(
            SerialPortSettings settings, Supplier<SerialLink> links, SessionServices services) {
        SerialPumpPort port = new SerialPumpPort(settings, links, services);
        port.thread.start();
        return port;
    }

    /** Whether the port is open now. */
    public boolean connected() {
        return connected;
    }

    /** How many times the port was opened (reconnects are the ones after the first). */
    public long opens() {
        return opens;
    }

    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closing) {
            SerialLink link = links.get();
            try {
                link.open();
            } catch (SerialLinkException e) {
                log.debug(
                        "serial {}: {}; trying again in {}",
                        settings.device(),
                        e.getMessage(),
                        settings.reconnectEvery());
                link.close();
                LockSupport.parkNanos(settings.reconnectEvery().toNanos());
                continue;
            }
            opens++;
            connected = true;
            log.info("serial {}: open at {} baud", settings.device(), settings.baudRate());
            try {
                serve(link);
            } catch (SerialLinkDisconnectedException e) {
                log.info("serial {}: disconnected ({}); reopening", settings.device(), e.getMessage());
            } finally {
                connected = false;
                link.close();
            }
        }
    }

    /** Serves one opening of the port until it goes away or the port is closed. */
    private void serve(SerialLink link) throws SerialLinkDisconnectedException {
        OutboundMailbox mailbox = new OutboundMailbox(BACKLOG_LIMIT, SAMPLE_DEPTH, () -> LockSupport.unpark(thread));
        ServerSession session = new ServerSession(
                services, mailbox, metrics, mailbox::clearMustDeliver, true, "serial " + settings.device());
        SerialFrameDecoder decoder = new SerialFrameDecoder(settings.maxEnvelopeBytes(), metrics.drops());
        byte[] buffer = new byte[4096];
        long heartbeatEveryNanos = settings.heartbeatEvery().toNanos();
        long nextHeartbeat = System.nanoTime() + heartbeatEveryNanos;
        try {
            while (!closing) {
                for (int n; (n = link.readAvailable(buffer)) > 0; ) {
                    decoder.feed(buffer, 0, n, session::onEnvelope);
                }
                long now = System.nanoTime();
                if (now - nextHeartbeat >= 0) {
                    session.heartbeat();
                    nextHeartbeat = now + heartbeatEveryNanos;
                }
                writeWhatTheLineTakes(link, mailbox, now);
                LockSupport.parkNanos(Math.max(1, Math.min(POLL_NANOS, pacer.nanosUntilFree(System.nanoTime()))));
            }
        } finally {
            session.onClosed();
        }
    }

    private void writeWhatTheLineTakes(SerialLink link, OutboundMailbox mailbox, long now)
            throws SerialLinkDisconnectedException {
        while (pacer.free(now)) {
            EncodedEnvelope next = mailbox.pollMustDeliver();
            if (next == null) {
                next = mailbox.pollSample();
            }
            if (next == null) {
                return;
            }
            byte[] frame = encoder.encode(next);
            link.write(frame);
            pacer.sent(now, frame.length);
            metrics.frameOut(next.body());
        }
    }
}
