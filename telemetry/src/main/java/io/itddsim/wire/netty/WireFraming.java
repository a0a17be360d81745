package io.itddsim.wire.netty;

/**
 * How envelopes are cut out of a byte stream on a Netty channel; docs/PROTOCOL.md describes it
 * for clients. Serial lines frame differently (COBS and CRC-32C) and are not Netty channels: each
 * serial end frames on its own thread with {@link io.itddsim.wire.serial.SerialFrameEncoder} and
 * {@link io.itddsim.wire.serial.SerialFrameDecoder}, since the pump's port paces the line and
 * conflates samples one frame at a time.
 */
public enum WireFraming {
    /** TCP: each envelope preceded by its length as a protobuf varint32. */
    VARINT_DELIMITED
}
