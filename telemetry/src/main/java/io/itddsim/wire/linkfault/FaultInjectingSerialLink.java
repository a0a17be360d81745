package io.itddsim.wire.linkfault;

import io.itddsim.wire.serial.SerialLink;
import io.itddsim.wire.serial.SerialLinkDisconnectedException;
import io.itddsim.wire.serial.SerialLinkException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A serial link seen through the armed link faults: bytes both ways may be lost, flipped, delayed
 * or held to a line rate, and nothing gets through while disconnected (a pulled cable is
 * silence, not an error). Bytes waiting out a delay are released whenever the link is read, which
 * the pump's serial port does every millisecond. Used by one thread, like any SerialLink.
 */
public final class FaultInjectingSerialLink implements SerialLink {

    private record Delayed(byte[] bytes, long arrivalNanos) {}

    private final SerialLink inner;
    private final Supplier<LinkConditions> conditions;
    private final LongSupplier nanoClock;
    private final ImpairedDirection toPump;
    private final ImpairedDirection fromPump;
    private final Deque<Delayed> outbound = new ArrayDeque<>();
    private final Deque<Delayed> inbound = new ArrayDeque<>();
    private byte[] readChunk = new byte[0];
    private byte[] ready = new byte[0];
    private int readyOffset;

    public FaultInjectingSerialLink(
            SerialLink inner, Supplier<LinkConditions> conditions, LinkFaultCounters counters, LongSupplier nanoClock) {
        this.inner = inner;
        this.conditions = conditions;
        this.nanoClock = nanoClock;
        this.toPump = new ImpairedDirection(LinkDirection.TO_PUMP, counters, 0);
        this.fromPump = new ImpairedDirection(LinkDirection.FROM_PUMP, counters, 0);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void open() throws SerialLinkException {
        inner.open();
    }

    @Override
    public void write(byte[] bytes) throws SerialLinkDisconnectedException {
        long now = nanoClock.getAsLong();
        LinkConditions c = conditions.get();
        if (c.disconnectedAt(now)) {
            return;
        }
        Impairment impairment = fromPump.impairment(c);
        byte[] damaged = fromPump.damage(bytes, 0, bytes.length, impairment);
        if (!impairment.delays() && outbound.isEmpty()) {
            inner.write(damaged);
            return;
        }
        outbound.add(new Delayed(damaged, fromPump.arrivalNanos(now, damaged.length, impairment)));
    }

    @Override
    public int readAvailable(byte[] buffer) throws SerialLinkDisconnectedException {
        long now = nanoClock.getAsLong();
        LinkConditions c = conditions.get();
        byte[] due = takeDue(outbound, now);
        if (due.length > 0) {
            inner.write(due);
        }
        if (readyOffset == ready.length) {
            pullInbound(buffer.length, now, c);
        }
        int n = Math.min(buffer.length, ready.length - readyOffset);
        System.arraycopy(ready, readyOffset, buffer, 0, n);
        readyOffset += n;
        return n;
    }

    private void pullInbound(int max, long now, LinkConditions c) throws SerialLinkDisconnectedException {
        if (readChunk.length < max) {
            readChunk = new byte[max];
        }
        int n = inner.readAvailable(readChunk);
        if (n > 0 && !c.disconnectedAt(now)) {
            Impairment impairment = toPump.impairment(c);
            byte[] damaged = toPump.damage(readChunk, 0, n, impairment);
            long arrival = impairment.delays() ? toPump.arrivalNanos(now, damaged.length, impairment) : now;
            inbound.add(new Delayed(damaged, arrival));
        }
        ready = takeDue(inbound, now);
        readyOffset = 0;
    }

    private static byte[] takeDue(Deque<Delayed> queue, long now) {
        if (queue.isEmpty() || now - queue.peekFirst().arrivalNanos() < 0) {
            return new byte[0];
        }
        ByteArrayOutputStream due = new ByteArrayOutputStream();
        while (!queue.isEmpty() && now - queue.peekFirst().arrivalNanos() >= 0) {
            due.writeBytes(queue.pollFirst().bytes());
        }
        return due.toByteArray();
    }

    @Override
    public void close() {
        inner.close();
    }
}
