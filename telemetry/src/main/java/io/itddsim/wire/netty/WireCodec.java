package io.itddsim.wire.netty;

import io.itddsim.wire.frame.FrameDropCounters;
import io.netty.channel.ChannelPipeline;

/**
 * Installs the codec part of a pipeline: after it, inbound handlers receive {@code Envelope}s
 * and outbound handlers write {@code Envelope}s. The TCP server, the TCP client and the tests all
 * call this one function, so they cannot drift apart.
 *
 * <p>Inbound, a frame that is too long or not an Envelope is dropped and counted in {@code
 * counters}, and the connection goes on; only a TCP length prefix that is not a valid
 * varint32 closes it, because the stream cannot be resynchronised after one. Outbound, an
 * envelope over the maximum fails its write instead of being sent to be dropped at the other
 * end.
 */
public final class WireCodec {

    public static final String FRAME_DECODER = "wire-frame-decoder";
    public static final String ENVELOPE_DECODER = "wire-envelope-decoder";
    public static final String FRAME_ENCODER = "wire-frame-encoder";

    private WireCodec() {}

    public static void install(
            ChannelPipeline pipeline, WireFraming framing, int maxEnvelopeBytes, FrameDropCounters counters) {
        switch (framing) {
            case VARINT_DELIMITED -> {
                pipeline.addLast(FRAME_DECODER, new BoundedVarint32FrameDecoder(maxEnvelopeBytes, counters));
                pipeline.addLast(ENVELOPE_DECODER, new EnvelopeDecoder(counters));
                pipeline.addLast(FRAME_ENCODER, new VarintFramingEncoder(maxEnvelopeBytes));
            }
        }
    }
}
