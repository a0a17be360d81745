package io.itddsim.wire.netty;

/** How envelopes are cut out of a byte stream; docs/PROTOCOL.md describes both for clients. */
public enum WireFraming {
  /** TCP: each envelope preceded by its length as a protobuf varint32. */
  VARINT_DELIMITED,
  /** Serial: envelope + CRC-32C, COBS-encoded, between 0x00 delimiters. */
  SERIAL_COBS
}
