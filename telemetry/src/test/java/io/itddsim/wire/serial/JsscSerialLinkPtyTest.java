package io.itddsim.wire.serial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.SampleEnvelopes;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import io.itddsim.wire.frame.WireLimits;
import io.itddsim.wire.serial.pty.PseudoTerminalPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The serial codec over jssc on a real pseudo-terminal pair. */
class JsscSerialLinkPtyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final SerialFrameEncoder encoder = new SerialFrameEncoder(WireLimits.DEFAULT_MAX_ENVELOPE_BYTES);
    private final FrameDropCounters counters = new FrameDropCounters();
    private final SerialFrameDecoder decoder = new SerialFrameDecoder(WireLimits.DEFAULT_MAX_ENVELOPE_BYTES, counters);
    private final List<Envelope> received = new ArrayList<>();
    private final byte[] readBuffer = new byte[512];

    private PseudoTerminalPair ptys;
    private JsscSerialLink pump;
    private JsscSerialLink bench;

    @BeforeEach
    void startPtyPair() throws Exception {
        ptys = PseudoTerminalPair.open();
        pump = new JsscSerialLink(ptys.a().toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        bench = new JsscSerialLink(ptys.b().toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        pump.open();
        bench.open();
    }

    @AfterEach
    void stopPtyPair() throws Exception {
        if (pump != null) {
            pump.close();
        }
        if (bench != null) {
            bench.close();
        }
        if (ptys != null) {
            ptys.close();
        }
    }

    @Test
    @DisplayName("envelopes written on one PTY arrive decoded on the other, garbage between them dropped")
    void envelopesCrossThePtyPairWithGarbageInjected() throws Exception {
        List<Envelope> sent = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            Envelope envelope = i % 5 == 0 ? SampleEnvelopes.fullStatusSample(i) : SampleEnvelopes.heartbeat(i);
            sent.add(envelope);
            pump.write(encoder.encode(envelope));
            if (i % 10 == 3) {
                // line noise, then a broken frame whose delimiter ends the noise with it: one candidate
                pump.write(new byte[] {0x55, 0x13, (byte) 0xAA, 0x7F});
                pump.write(new byte[] {0x03, 0x01, 0x00});
            }
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            readInto(bench);
            assertEquals(sent.size(), received.size());
        });

        assertEquals(sent, received);
        assertEquals(5, counters.count(FrameDropReason.BAD_COBS));
        assertEquals(5, counters.total());
    }

    @Test
    @DisplayName("both directions carry frames at once")
    void bothDirectionsCarryFrames() throws Exception {
        pump.write(encoder.encode(SampleEnvelopes.heartbeat(1)));
        bench.write(encoder.encode(SampleEnvelopes.bolusRequest(1)));

        await().atMost(PATIENCE).untilAsserted(() -> {
            readInto(pump);
            assertEquals(List.of(SampleEnvelopes.bolusRequest(1)), received);
        });
        received.clear();
        await().atMost(PATIENCE).untilAsserted(() -> {
            readInto(bench);
            assertEquals(List.of(SampleEnvelopes.heartbeat(1)), received);
        });
    }

    @Test
    @DisplayName("when the far end goes away, the link reports a disconnect instead of waiting forever")
    void farEndGoingAwayIsADisconnect() throws Exception {
        ptys.close();

        assertThrows(SerialLinkDisconnectedException.class, () -> {
            // the loss shows on the next write or read, which one depends on the kernel
            for (int attempt = 0; attempt < 1000; attempt++) {
                bench.write(encoder.encode(SampleEnvelopes.heartbeat(attempt)));
                bench.readAvailable(readBuffer);
            }
        });
    }

    @Test
    @DisplayName("opening a port that does not exist fails with the port's name")
    void openingAMissingPortFails() {
        JsscSerialLink missing = new JsscSerialLink("target/no-such-tty", 115_200);

        SerialLinkException e = assertThrows(SerialLinkException.class, missing::open);
        assertEquals(true, e.getMessage().contains("target/no-such-tty"), e.getMessage());
    }

    private void readInto(SerialLink link) throws SerialLinkDisconnectedException {
        for (int n; (n = link.readAvailable(readBuffer)) > 0; ) {
            decoder.feed(readBuffer, 0, n, received::add);
        }
    }
}
