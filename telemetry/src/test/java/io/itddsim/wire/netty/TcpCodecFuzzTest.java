package io.itddsim.wire.netty;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * The TCP frame and envelope decoders on arbitrary bytes cut into arbitrary reads: they never
 * throw (EmbeddedChannel rethrows anything the pipeline throws), emit only Envelopes, and keep
 * nothing once the channel closes. In {@code verify} Jazzer replays the inputs under
 * src/test/resources/io/itddsim/wire/netty/TcpCodecFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TcpCodecFuzzTest {

    private static final int SMALL_MAX = 256;

    @FuzzTest(maxDuration = "60s")
    void tcpDecodersNeverThrow(FuzzedDataProvider data) {
        FrameDropCounters counters = new FrameDropCounters();
        EmbeddedChannel channel = new EmbeddedChannel();
        WireCodec.install(channel.pipeline(), WireFraming.VARINT_DELIMITED, SMALL_MAX, counters);
        while (data.remainingBytes() > 0 && channel.isOpen()) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 64));
            channel.writeInbound(Unpooled.wrappedBuffer(chunk));
        }
        for (Object decoded; (decoded = channel.readInbound()) != null; ) {
            assertTrue(decoded instanceof Envelope, "decoded a " + decoded.getClass());
            assertTrue(((Envelope) decoded).getSerializedSize() <= SMALL_MAX);
        }
        channel.finishAndReleaseAll();
    }
}
