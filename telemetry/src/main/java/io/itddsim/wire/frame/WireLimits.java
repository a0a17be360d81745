package io.itddsim.wire.frame;

/** Sizes both ends of the wire agree on; docs/PROTOCOL.md states them for client authors. */
public final class WireLimits {

    /**
     * Largest serialized Envelope a receiver accepts, on TCP and serial alike. Large enough for an
     * interrogation report with a page of event log entries; anything larger is a bug or an attack.
     */
    public static final int DEFAULT_MAX_ENVELOPE_BYTES = 64 * 1024;

    private WireLimits() {}
}
