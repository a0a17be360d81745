package io.itddsim.wire.serial;

import java.util.Arrays;

/**
 * One end of an in-memory serial line, for tests and in-process benches: what one end writes,
 * the other reads, in order. Closing either end disconnects both, the way a pulled cable does;
 * bytes already on their way can still be read.
 */
public final class PipeSerialLink implements SerialLink {

    /** Two connected ends. */
    public record Pair(PipeSerialLink a, PipeSerialLink b) {}

    private final String name;
    private final Line incoming;
    private final Line outgoing;

    private PipeSerialLink(String name, Line incoming, Line outgoing) {
        this.name = name;
        this.incoming = incoming;
        this.outgoing = outgoing;
    }

    public static Pair pair(String nameA, String nameB) {
        Line aToB = new Line();
        Line bToA = new Line();
        return new Pair(new PipeSerialLink(nameA, bToA, aToB), new PipeSerialLink(nameB, aToB, bToA));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void open() {
        // both ends are connected from the start
    }

    @Override
    public int readAvailable(byte[] buffer) throws SerialLinkDisconnectedException {
        int read = incoming.take(buffer);
        if (read < 0) {
            throw new SerialLinkDisconnectedException("pipe " + name + " is disconnected");
        }
        return read;
    }

    @Override
    public void write(byte[] bytes) throws SerialLinkDisconnectedException {
        if (!outgoing.put(bytes)) {
            throw new SerialLinkDisconnectedException("pipe " + name + " is disconnected");
        }
    }

    @Override
    public void close() {
        incoming.disconnect();
        outgoing.disconnect();
    }

    /** One direction of the pipe. */
    private static final class Line {
        private byte[] bytes = new byte[256];
        private int length;
        private boolean disconnected;

        synchronized boolean put(byte[] more) {
            if (disconnected) {
                return false;
            }
            if (length + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more.length));
            }
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
            return true;
        }

        /** Bytes moved into {@code buffer}, or -1 once disconnected and drained. */
        synchronized int take(byte[] buffer) {
            if (length == 0) {
                return disconnected ? -1 : 0;
            }
            int n = Math.min(length, buffer.length);
            System.arraycopy(bytes, 0, buffer, 0, n);
            System.arraycopy(bytes, n, bytes, 0, length - n);
            length -= n;
            return n;
        }

        synchronized void disconnect() {
            disconnected = true;
        }
    }
}
