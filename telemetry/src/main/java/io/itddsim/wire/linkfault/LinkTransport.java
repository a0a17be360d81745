package io.itddsim.wire.linkfault;

/** Which links a link fault acts on. */
public enum LinkTransport {
    TCP,
    SERIAL
}
