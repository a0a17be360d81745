package io.itddsim.wire.frame;

/**
 * Several envelopes written to a connection together, in order: one write, one buffer and one
 * system call for what a writer found waiting, instead of one of each per envelope. The TCP
 * framing writes each as it would alone; link faults still act on each frame.
 *
 * @param frames not copied; never changed after the batch is made
 */
public record EncodedEnvelopes(EncodedEnvelope[] frames) {

    /** Bytes of the frames' envelopes, without framing. */
    public int envelopeBytes() {
        int total = 0;
        for (EncodedEnvelope frame : frames) {
            total += frame.bytes().length;
        }
        return total;
    }
}
