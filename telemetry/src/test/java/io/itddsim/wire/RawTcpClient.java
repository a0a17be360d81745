package io.itddsim.wire;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.HelloProof;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.schema.SchemaFingerprint;
import io.itddsim.wire.session.HandshakeProof;
import io.itddsim.wire.session.PreSharedKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * A client written with nothing but a socket and protobuf's own delimited I/O, as a client author
 * in any language would: it shows the wire needs nothing else, and lets tests send bytes no
 * well-behaved client would.
 */
public final class RawTcpClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private long seq;

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
                        .setProtocolVersion(1)
                        .setSchemaFingerprint(ByteString.copyFrom(fingerprint))
                        .setRequestedRole(role)
                        .setKeyId(key.id())
                        .setClientNonce(ByteString.copyFrom(clientNonce))
                        .setClientName("raw")));
        Envelope challenge = read();
        if (!challenge.hasChallenge()) {
            return challenge;
        }
        byte[] mac = HandshakeProof.clientMac(
                key.secret(),
                clientNonce,
                challenge.getChallenge().getPumpNonce().toByteArray(),
                role,
                fingerprint,
                challenge.getChallenge().getPump().getSerialNumber());
        send(Envelope.newBuilder().setHelloProof(HelloProof.newBuilder().setClientMac(ByteString.copyFrom(mac))));
        return read();
    }

    public void send(Envelope.Builder envelope) throws IOException {
        envelope.setSeq(++seq).build().writeDelimitedTo(out);
        out.flush();
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
