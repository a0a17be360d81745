package io.itddsim.wire.frame;

/** Why a receiver dropped bytes that were meant to be a frame. Counted, never thrown. */
public enum FrameDropReason {
    /** The frame, or the length its prefix announced, is over the receiver's maximum. */
    OVERSIZE,
    /**
     * TCP only: the varint length prefix is longer than five bytes or negative. The stream cannot
     * be resynchronised after this, so the connection is closed.
     */
    MALFORMED_LENGTH,
    /** Serial only: the bytes between two delimiters are not valid COBS. */
    BAD_COBS,
    /** Serial only: the decoded frame is too short to hold its four-byte CRC. */
    TOO_SHORT,
    /** Serial only: the CRC-32C does not match the envelope bytes. */
    BAD_CRC,
    /** The frame arrived intact but its bytes are not an Envelope. */
    UNPARSEABLE;

    /** Whether a receiver on {@code transport} ("tcp" or "serial") can drop a frame for this reason. */
    public boolean appliesTo(String transport) {
        return switch (this) {
            case OVERSIZE, UNPARSEABLE -> true;
            case MALFORMED_LENGTH -> !transport.equals("serial");
            case BAD_COBS, TOO_SHORT, BAD_CRC -> !transport.equals("tcp");
        };
    }
}
