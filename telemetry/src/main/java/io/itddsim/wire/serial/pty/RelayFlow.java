package io.itddsim.wire.serial.pty;

import static io.itddsim.wire.serial.pty.LinuxLibc.C;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * One direction of a relay: bytes read from one master wait here until the other master takes
 * them. While bytes wait, nothing more is read from the source, so a slave nobody reads slows
 * its writer down (the kernel's buffers fill) instead of growing memory here.
 */
final class RelayFlow implements AutoCloseable {

    private static final int CHUNK_BYTES = 64 * 1024;
    private static final short SOURCE_READY = LinuxLibc.POLLIN | LinuxLibc.POLLHUP | LinuxLibc.POLLERR;
    private static final short TARGET_READY = LinuxLibc.POLLOUT | LinuxLibc.POLLHUP | LinuxLibc.POLLERR;

    private final String name;
    private final int source;
    private final int target;
    private final Memory buffer = new Memory(CHUNK_BYTES);
    private long offset;
    private long length;

    RelayFlow(String name, int source, int target) {
        this.name = name;
        this.source = source;
        this.target = target;
    }

    /** What to wait for on the source master. */
    short sourceEvents() {
        return length == 0 ? LinuxLibc.POLLIN : 0;
    }

    /** What to wait for on the target master. */
    short targetEvents() {
        return length > 0 ? LinuxLibc.POLLOUT : 0;
    }

    /**
     * Reads if the source is ready and nothing waits, then writes what waits if the target may take
     * it (after a fresh read it is simply tried).
     *
     * @throws RelayStoppedException when a master reports an error other than "try again"
     */
    void move(PollFd sourceState, PollFd targetState) throws RelayStoppedException {
        if (sourceState.saw(LinuxLibc.POLLNVAL) || targetState.saw(LinuxLibc.POLLNVAL)) {
            throw new RelayStoppedException(name + ": a master is no longer open");
        }
        boolean fresh = false;
        if (length == 0 && sourceState.saw(SOURCE_READY)) {
            long n = C.read(source, buffer, new NativeLong(CHUNK_BYTES)).longValue();
            if (n > 0) {
                offset = 0;
                length = n;
                fresh = true;
            } else if (n == 0) {
                throw new RelayStoppedException(name + ": the source ended");
            } else {
                stopUnlessTryAgain("reading");
            }
        }
        if (length > 0 && (fresh || targetState.saw(TARGET_READY))) {
            long n = C.write(target, buffer.share(offset), new NativeLong(length))
                    .longValue();
            if (n >= 0) {
                offset += n;
                length -= n;
            } else {
                stopUnlessTryAgain("writing");
            }
        }
    }

    private void stopUnlessTryAgain(String doing) throws RelayStoppedException {
        int error = Native.getLastError();
        if (error != LinuxLibc.EAGAIN && error != LinuxLibc.EINTR) {
            throw new RelayStoppedException(
                    name + ": " + doing + " failed: " + C.strerror(error) + " (errno " + error + ")");
        }
    }

    @Override
    public void close() {
        buffer.close();
    }
}
