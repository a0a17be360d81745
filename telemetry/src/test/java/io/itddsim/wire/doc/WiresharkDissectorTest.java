package io.itddsim.wire.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.itddsim.proto.v1.Envelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Wireshark framing dissector in docs/wireshark decodes a capture of the worked session
 * (docs/PROTOCOL.md section 8): the test writes a pcap of its frames, one of them split across
 * two TCP segments and two of them in one, and runs tshark on it with the dissector and the
 * repository's .proto files. Skipped when tshark is not installed.
 */
class WiresharkDissectorTest {

    private static final Path DISSECTOR = Path.of("..", "docs", "wireshark", "itdd-framing.lua");
    private static final Path PROTOS = Path.of("..", "proto", "src", "main", "proto");

    @TempDir
    Path dir;

    @Test
    @DisplayName("tshark with docs/wireshark/itdd-framing.lua decodes every envelope of a captured session")
    void tsharkDecodesTheWorkedSession() throws Exception {
        assumeTrue(onPath("tshark"), "tshark is not installed; install it (apt-get install tshark) to run this test");
        List<Envelope> envelopes = ProtocolDocTest.envelopes();
        byte[] hello = frame(envelopes.get(0));
        byte[] challenge = frame(envelopes.get(1));
        byte[] proof = frame(envelopes.get(2));
        byte[] welcomeAndReply = concat(frame(envelopes.get(3)), frame(envelopes.get(5)));
        byte[] request = frame(envelopes.get(4));
        Pcap pcap = new Pcap();
        pcap.toPump(hello);
        pcap.fromPump(challenge);
        pcap.toPump(proof);
        pcap.toPump(Arrays.copyOfRange(request, 0, 10)); // a frame split across two segments
        pcap.toPump(Arrays.copyOfRange(request, 10, request.length));
        pcap.fromPump(welcomeAndReply); // two frames in one segment
        Path capture = dir.resolve("session.pcap");
        Files.write(capture, pcap.bytes());

        String decoded = tshark(capture);

        assertEquals(6, count(decoded, "Message: itdd.v1.Envelope"), decoded);
        assertTrue(decoded.contains("key_id = clinic-a"), "the Hello's key id");
        assertEquals(2, count(decoded, "request_id = 1001"), "the request, reassembled across segments, and the reply");
        assertTrue(decoded.contains("volume_nl = 40000"), "the bolus volume");
        assertTrue(decoded.contains("granted_role = ROLE_CLINICIAN"), "the Welcome");
        assertEquals(2, count(decoded, "Field(2047): mac"), "the sealed frames' MAC");
    }

    private static String tshark(Path capture) throws IOException, InterruptedException {
        Process tshark = new ProcessBuilder(
                        "tshark",
                        "-r",
                        capture.toString(),
                        "-X",
                        "lua_script:" + DISSECTOR.toAbsolutePath(),
                        "-o",
                        "uat:protobuf_search_paths:\"" + PROTOS.toAbsolutePath().normalize() + "\",\"TRUE\"",
                        "-V")
                .redirectErrorStream(true)
                .start();
        String out = new String(tshark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tshark.waitFor(60, TimeUnit.SECONDS), "tshark did not finish");
        assertEquals(0, tshark.exitValue(), out);
        return out;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static byte[] frame(Envelope envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        envelope.writeDelimitedTo(out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A classic pcap of one TCP connection, 127.0.0.1:40000 to 127.0.0.1:7700, in order. */
    private static final class Pcap {
        private static final int CLIENT_PORT = 40_000;
        private static final int PUMP_PORT = 7_700;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long clientSeq = 1_000;
        private long pumpSeq = 5_000;
        private int packets;

        Pcap() {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4)
                    .putShort((short) 2)
                    .putShort((short) 4)
                    .putInt(0)
                    .putInt(0);
            header.putInt(65_535).putInt(1); // Ethernet
            out.writeBytes(header.array());
        }

        void toPump(byte[] payload) {
            packet(CLIENT_PORT, PUMP_PORT, clientSeq, pumpSeq, payload);
            clientSeq += payload.length;
        }

        void fromPump(byte[] payload) {
            packet(PUMP_PORT, CLIENT_PORT, pumpSeq, clientSeq, payload);
            pumpSeq += payload.length;
        }

        private void packet(int sourcePort, int destinationPort, long seq, long ack, byte[] payload) {
            ByteBuffer p = ByteBuffer.allocate(14 + 20 + 20 + payload.length).order(ByteOrder.BIG_ENDIAN);
            p.put(new byte[12]).putShort((short) 0x0800); // Ethernet: no addresses, IPv4
            p.put((byte) 0x45).put((byte) 0).putShort((short) (40 + payload.length)); // IPv4
            p.putShort((short) packets)
                    .putShort((short) 0x4000)
                    .put((byte) 64)
                    .put((byte) 6)
                    .putShort((short) 0);
            p.put(new byte[] {127, 0, 0, 1}).put(new byte[] {127, 0, 0, 1});
            p.putShort((short) sourcePort).putShort((short) destinationPort); // TCP
            p.putInt((int) seq).putInt((int) ack);
            p.put((byte) 0x50)
                    .put((byte) 0x18)
                    .putShort((short) 65_535)
                    .putShort((short) 0)
                    .putShort((short) 0);
            p.put(payload);
            ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt(1_700_000_000 + packets)
                    .putInt(0)
                    .putInt(p.capacity())
                    .putInt(p.capacity());
            out.writeBytes(record.array());
            out.writeBytes(p.array());
            packets++;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
