package io.itddsim.wire.linkfault;

import java.util.List;

/**
 * The state of every link at one moment, as the armed faults make it: one immutable snapshot that
 * transports read (a new one replaces it on every arm or clear; {@code generation} tells them it
 * changed, so they reseed their random streams).
 *
 * @param generation           increases with every change
 * @param toPump               what happens to bytes a client sends
 * @param fromPump             what happens to bytes the pump sends
 * @param disconnectedUntilNanos while System.nanoTime() is before this, the link carries nothing
 *                             (serial) or is cut (TCP); 0 when not disconnected
 * @param armed                names of the armed link faults, for status samples
 */
public record LinkConditions(
        long generation, Impairment toPump, Impairment fromPump, long disconnectedUntilNanos, List<String> armed) {

    public static final LinkConditions PERFECT = new LinkConditions(0, Impairment.NONE, Impairment.NONE, 0, List.of());

    public Impairment direction(LinkDirection direction) {
        return direction == LinkDirection.TO_PUMP ? toPump : fromPump;
    }

    public boolean disconnectedAt(long nowNanos) {
        return disconnectedUntilNanos != 0 && nowNanos - disconnectedUntilNanos < 0;
    }
}
