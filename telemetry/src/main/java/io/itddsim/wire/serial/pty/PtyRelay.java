package io.itddsim.wire.serial.pty;

import static io.itddsim.wire.serial.pty.LinuxLibc.C;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that links two pseudo-terminals: what a program writes to one slave is read from
 * that master and written to the other master, so it comes out of the other slave, byte for
 * byte. It sleeps in {@code poll} on both masters and on a pipe of its own, which {@link #stop()}
 * writes to so the thread wakes and ends at once.
 */
final class PtyRelay {

    private static final Logger log = LoggerFactory.getLogger(PtyRelay.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final RelayFlow aToB;
    private final RelayFlow bToA;
    private final int masterA;
    private final int masterB;
    private final int wakeRead;
    private final int wakeWrite;
    private final Thread thread;
    private volatile String stoppedBecause;

    private PtyRelay(PseudoTerminal a, PseudoTerminal b, int wakeRead, int wakeWrite) {
        this.masterA = a.master;
        this.masterB = b.master;
        this.aToB = new RelayFlow(a.device + " -> " + b.device, masterA, masterB);
        this.bToA = new RelayFlow(b.device + " -> " + a.device, masterB, masterA);
        this.wakeRead = wakeRead;
        this.wakeWrite = wakeWrite;
        this.thread = new Thread(this::run, "pty-relay " + a.device + " <-> " + b.device);
        thread.setDaemon(true);
    }

    static PtyRelay start(PseudoTerminal a, PseudoTerminal b) throws IOException {
        int[] wake = new int[2];
        if (C.pipe(wake) != 0) {
            throw new IOException("cannot link pseudo-terminals: " + LinuxLibc.failed("pipe"));
        }
        PtyRelay relay = new PtyRelay(a, b, wake[0], wake[1]);
        relay.thread.start();
        return relay;
    }

    /** Whether bytes still move; false after {@link #stop()} or after a master failed. */
    boolean relaying() {
        return thread.isAlive();
    }

    /** Why the relay stopped by itself, or null if it did not. */
    String stoppedBecause() {
        return stoppedBecause;
    }

    /** Wakes the thread, waits until it has ended, and releases the relay's own resources. */
    void stop() {
        try (Memory one = new Memory(1)) {
            one.setByte(0, (byte) 1);
            C.write(wakeWrite, one, new NativeLong(1));
        }
        boolean interrupted = false;
        long deadline = System.nanoTime() + STOP_PATIENCE.toNanos();
        while (thread.isAlive() && System.nanoTime() - deadline < 0) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            // closing descriptors under a running poll could hand them to another open; leave them
            throw new IllegalStateException(thread.getName() + " did not stop within " + STOP_PATIENCE);
        }
        C.close(wakeRead);
        C.close(wakeWrite);
        aToB.close();
        bToA.close();
    }

    private void run() {
        PollFd[] fds = PollFd.array(3);
        try {
            while (true) {
                fds[0].watch(masterA, (short) (aToB.sourceEvents() | bToA.targetEvents()));
                fds[1].watch(masterB, (short) (bToA.sourceEvents() | aToB.targetEvents()));
                fds[2].watch(wakeRead, LinuxLibc.POLLIN);
                if (C.poll(fds, fds.length, -1) < 0) {
                    int error = Native.getLastError();
                    if (error == LinuxLibc.EINTR) {
                        continue;
                    }
                    throw new RelayStoppedException("poll failed: " + C.strerror(error) + " (errno " + error + ")");
                }
                if (fds[2].saw(LinuxLibc.POLLIN)) {
                    return;
                }
                aToB.move(fds[0], fds[1]);
                bToA.move(fds[1], fds[0]);
            }
        } catch (RelayStoppedException e) {
            stoppedBecause = e.getMessage();
            log.warn("{} stopped: {}", thread.getName(), e.getMessage());
        } catch (RuntimeException e) {
            stoppedBecause = e.toString();
            log.error("{} failed", thread.getName(), e);
        }
    }
}
