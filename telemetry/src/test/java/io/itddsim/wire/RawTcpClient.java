package io.itddsim.wire;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.HelloProof;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.schema.SchemaFingerprint;
import io.itddsim.wire.session.FrameAuthenticator;
import io.itddsim.wire.session.HandshakeProof;
import io.itddsim.wire.session.PreSharedKey;
import io.itddsim.wire.session.SessionKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * A client written with nothing but a socket, protobuf's own delimited I/O and HMAC-SHA256, as a
 * client author in any language would: it shows the wire needs nothing else, and lets tests send
 * bytes no well-behaved client would. After the handshake {@link #send} seals each envelope with
 * the session's to-pump key; {@link #sendUnsealed} does not.
 */
public final class RawTcpClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private long seq;
    private byte[] toPumpKey;
    private byte[] toClientKey;
    private Envelope lastChallenge;

    public RawTcpClient(InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Runs the handshake by hand and returns the Welcome envelope (or the Refusal). */
    public Envelope handshake(PreSharedKey key, Role role) throws IOException {
        byte[] clientNonce = new byte[32];
        Arrays.fill(clientNonce, (byte) 7);
        byte[] fingerprint = SchemaFingerprint.current().toBytes();
        send(Envelope.newBuilder()
                .setHello(Hello.newBuilder()
                        .setProtocolVersion(2)
                        .setSchemaFingerprint(ByteString.copyFrom(fingerprint))
                        .setRequestedRole(role)
                        .setKeyId(key.id())
                        .setClientNonce(ByteString.copyFrom(clientNonce))
                        .setClientName("raw")));
        Envelope challenge = read();
        lastChallenge = challenge;
        if (!challenge.hasChallenge()) {
            return challenge;
        }
        byte[] mac = HandshakeProof.clientMac(
                key.secret(),
                clientNonce,
                challenge.getChallenge().getPumpNonce().toByteArray(),
                role,
                fingerprint,
                "");
        send(Envelope.newBuilder().setHelloProof(HelloProof.newBuilder().setClientMac(ByteString.copyFrom(mac))));
        Envelope welcome = read();
        if (welcome != null && welcome.hasWelcome()) {
            SessionKeys keys = SessionKeys.derive(
                    key.secret(),
                    clientNonce,
                    challenge.getChallenge().getPumpNonce().toByteArray());
            toPumpKey = keys.toPump();
            toClientKey = keys.toClient();
        }
        return welcome;
    }

    /** Sends with the next seq, sealed once the handshake is done. */
    public void send(Envelope.Builder envelope) throws IOException {
        envelope.setSeq(++seq);
        if (toPumpKey != null) {
            // the MAC covers the envelope's bytes without it; field 2047 goes last
            byte[] tag = FrameAuthenticator.tag(
                    toPumpKey, envelope.clearMac().build().toByteArray());
            envelope.setMac(ByteString.copyFrom(tag));
        }
        envelope.build().writeDelimitedTo(out);
        out.flush();
    }

    /** Sends exactly this envelope, seq and all, with no MAC added (an attacker's frame). */
    public void sendUnsealed(Envelope envelope) throws IOException {
        envelope.writeDelimitedTo(out);
        out.flush();
    }

    /** {@code envelope} (seq set) with the MAC of the session's to-pump key, as {@link #send} makes it. */
    public Envelope seal(Envelope envelope) {
        byte[] tag = FrameAuthenticator.tag(
                toPumpKey, envelope.toBuilder().clearMac().build().toByteArray());
        return envelope.toBuilder().setMac(ByteString.copyFrom(tag)).build();
    }

    /** Whether an envelope from the pump carries the MAC of the session's to-client key. */
    public boolean authentic(Envelope fromPump) {
        byte[] expected = FrameAuthenticator.tag(
                toClientKey, fromPump.toBuilder().clearMac().build().toByteArray());
        return Arrays.equals(expected, fromPump.getMac().toByteArray());
    }

    /** The Challenge (or Refusal) of the last handshake. */
    public Envelope lastChallenge() {
        return lastChallenge;
    }

    /** The seq the next {@link #send} will use. */
    public long nextSeq() {
        return seq + 1;
    }

    public void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next envelope, skipping heartbeats; null when the pump closed the connection. */
    public Envelope read() throws IOException {
        while (true) {
            Envelope next = Envelope.parseDelimitedFrom(in);
            if (next == null || !next.hasHeartbeat()) {
                return next;
            }
        }
    }

    /** Whether the pump closed the connection (reads to the end, skipping what it still sends). */
    public boolean closedByPump() throws IOException {
        try {
            while (true) {
                if (Envelope.parseDelimitedFrom(in) == null) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            // a reset is a close too
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
