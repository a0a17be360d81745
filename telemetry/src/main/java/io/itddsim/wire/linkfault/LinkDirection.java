package io.itddsim.wire.linkfault;

/** Which way bytes travel on a link, seen from the pump. */
public enum LinkDirection {
    /** Requests and handshake from a client. */
    TO_PUMP,
    /** Replies, streams and heartbeats to a client. */
    FROM_PUMP
}
