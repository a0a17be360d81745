package io.itddsim.wire.serial.pty;

import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * C's {@code struct pollfd}. Arrays of it must come from {@link Structure#toArray(int)} so that
 * they lie contiguous in native memory, as {@code poll} reads them. Public, with public fields,
 * only because JNA reads and writes them reflectively; nothing outside this package uses it.
 */
@FieldOrder({"fd", "events", "revents"})
public final class PollFd extends Structure {
    public int fd;
    public short events;
    public short revents;

    public PollFd() {}

    static PollFd[] array(int length) {
        return (PollFd[]) new PollFd().toArray(length);
    }

    void watch(int fd, short events) {
        this.fd = fd;
        this.events = events;
        this.revents = 0;
    }

    boolean saw(short mask) {
        return (revents & mask) != 0;
    }
}
