package io.itddsim.wire.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WireCodecPropertyTest {

    @Property(tries = 300)
    @Label("random bytes in any chunking never raise an exception out of the pipeline")
    void randomBytesNeverRaise(
            @ForAll @Size(max = 2000) byte[] noise,
            @ForAll @IntRange(min = 1, max = 97) int chunk,
            @ForAll WireFraming framing) {
        EmbeddedChannel channel = new EmbeddedChannel();
        WireCodec.install(channel.pipeline(), framing, 256, new FrameDropCounters());

        // writeInbound rethrows anything that reached the end of the pipeline
        for (int offset = 0; offset < noise.length && channel.isOpen(); offset += chunk) {
            channel.writeInbound(Unpooled.wrappedBuffer(noise, offset, Math.min(chunk, noise.length - offset)));
        }

        for (Object message; (message = channel.readInbound()) != null; ) {
            assertEquals(Envelope.class, message.getClass());
        }
        channel.finishAndReleaseAll();
    }
}
