package io.itddsim.bench.record;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.wire.frame.WireLimits;
import io.itddsim.wire.mapping.Replies;
import io.itddsim.wire.schema.SchemaFingerprint;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.FrameAuthenticator;
import io.itddsim.wire.session.HandshakeProof;
import io.itddsim.wire.session.ProofThrottle;
import io.itddsim.wire.session.ServerHandshake;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a recording back to a bench as if it were the pump (TCP, the framing of docs/PROTOCOL.md
 * section 2): a real handshake (protocol version 2: the Welcome names the recorded pump, failed
 * proofs are throttled) and, after it, every envelope both ways sealed and checked as the real host
 * does (section 5.2); then to each request the reply the pump gave to the request in the same place
 * of the recording, with the frames it streamed around it. Recordings hold the envelopes as they
 * were before sealing, so they are sealed afresh under each session's keys. Bench software can so be run against a captured incident. A request other than the
 * recorded one is refused (INVALID_ARGUMENT, naming what the recording holds there), and so is
 * any after the recording ends (UNSUPPORTED). Each connection plays the recording from its start.
 */
public final class PlaybackPump implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PlaybackPump.class);

    private final PlaybackScript script;
    private final Credentials credentials;
    private final ServerSocket server;
    private final Thread acceptor;
    private final SecureRandom random = new SecureRandom();
    // as the real host's: one second per failed proof, five at once, then one every ten seconds
    private final ProofThrottle throttle =
            new ProofThrottle(Duration.ofSeconds(1), 5, Duration.ofSeconds(10), System::nanoTime);
    private volatile boolean closing;

    private PlaybackPump(PlaybackScript script, Credentials credentials, ServerSocket server) {
        this.script = script;
        this.credentials = credentials;
        this.server = server;
        this.acceptor = new Thread(this::accept, "playback-accept");
        acceptor.setDaemon(true);
    }

    /**
     * @throws IllegalArgumentException when the recording holds no completed handshake
     */
    public static PlaybackPump start(Recording recording, Credentials credentials, InetSocketAddress address)
            throws IOException {
        PlaybackScript script = PlaybackScript.of(recording);
        ServerSocket server = new ServerSocket();
        server.bind(address);
        PlaybackPump pump = new PlaybackPump(script, credentials, server);
        pump.acceptor.start();
        return pump;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** Requests the recording answers. */
    public int turns() {
        return script.turns().size();
    }

    @Override
    public void close() {
        closing = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void accept() {
        while (!closing) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "playback-" + socket.getRemoteSocketAddress());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closing) {
                    log.warn("playback: accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            new Conversation(socket.getInputStream(), new BufferedOutputStream(socket.getOutputStream())).run();
        } catch (EOFException e) {
            // the bench hung up
        } catch (IOException e) {
            if (!closing) {
                log.info("playback: connection ended: {}", e.getMessage());
            }
        }
    }

    /** One bench's session: the handshake, then the recorded turns in order. */
    private final class Conversation {
        private final DataInputStream in;
        private final OutputStream out;
        private final ServerHandshake handshake;
        private long seq;
        private int turn;
        private FrameAuthenticator frames;

        Conversation(InputStream in, OutputStream out) {
            this.in = new DataInputStream(in);
            this.out = out;
            this.handshake = new ServerHandshake(
                    credentials,
                    script.welcome().getPump(),
                    SchemaFingerprint.current(),
                    script.welcome().getTickUs(),
                    () -> {
                        byte[] nonce = new byte[HandshakeProof.NONCE_BYTES];
                        random.nextBytes(nonce);
                        return nonce;
                    },
                    throttle);
        }

        void run() throws IOException {
            while (!closing) {
                Envelope e = read();
                if (frames == null) {
                    if (!shake(e)) {
                        return;
                    }
                    continue;
                }
                FrameAuthenticator.Verdict verdict = frames.check(e);
                if (verdict != FrameAuthenticator.Verdict.ACCEPTED) {
                    // as the real host on TCP: the stream is in someone else's hands
                    log.info("playback: an envelope failed authentication ({}); closing", verdict);
                    return;
                }
                if (e.hasRequest()) {
                    answer(e.getRequest());
                }
            }
        }

        /** False when the handshake was refused (the connection then ends). */
        private boolean shake(Envelope e) throws IOException {
            ServerHandshake.Outcome outcome = switch (e.getBodyCase()) {
                case HELLO -> handshake.onHello(e.getHello());
                case HELLO_PROOF -> handshake.onProof(e.getHelloProof());
                default -> handshake.outOfSequence(e.getBodyCase().name());
            };
            if (outcome instanceof ServerHandshake.Challenged c) {
                send(Envelope.newBuilder().setChallenge(c.challenge()).build());
            } else if (outcome instanceof ServerHandshake.Established w) {
                send(Envelope.newBuilder().setWelcome(w.welcome()).build());
                frames = w.sessionKeys().forPump();
            } else if (outcome instanceof ServerHandshake.Refused r) {
                sleep(r.delay());
                send(Envelope.newBuilder().setRefusal(r.refusal()).build());
                return false;
            }
            return true;
        }

        private void answer(Request request) throws IOException {
            long id = request.getRequestId();
            if (turn >= script.turns().size()) {
                reply(Replies.nack(
                        id,
                        NackReason.NACK_REASON_UNSUPPORTED,
                        "playback: the recording ends here; it answered "
                                + script.turns().size() + " requests"));
                return;
            }
            PlaybackScript.Turn t = script.turns().get(turn);
            if (t.request().getCommandCase() != request.getCommandCase()) {
                reply(Replies.nack(
                        id,
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "playback: request " + (turn + 1) + " of the recording is "
                                + t.request().getCommandCase().name().toLowerCase(java.util.Locale.ROOT) + ", not "
                                + request.getCommandCase().name().toLowerCase(java.util.Locale.ROOT)
                                + "; a playback pump answers only the recorded conversation"));
                return;
            }
            turn++;
            for (Envelope e : t.before()) {
                send(e);
            }
            send(t.reply().toBuilder()
                    .setReply(t.reply().getReply().toBuilder().setRequestId(id))
                    .build());
            for (Envelope e : t.after()) {
                send(e);
            }
        }

        private void reply(Reply reply) throws IOException {
            send(Envelope.newBuilder().setReply(reply).build());
        }

        /** Numbers {@code e} and, after the handshake, seals it under this session's key. */
        private void send(Envelope e) throws IOException {
            Envelope numbered = e.toBuilder().clearMac().setSeq(++seq).build();
            (frames == null ? numbered : frames.seal(numbered)).writeDelimitedTo(out);
            out.flush();
        }

        private void sleep(Duration delay) throws IOException {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        /** One varint-delimited envelope, no longer than the wire allows. */
        private Envelope read() throws IOException {
            int length = readVarint();
            if (length > WireLimits.DEFAULT_MAX_ENVELOPE_BYTES) {
                throw new IOException("a frame of " + length + " bytes is over the limit");
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return Envelope.parseFrom(bytes);
        }

        private int readVarint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException();
                }
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("a malformed frame length");
        }
    }
}
