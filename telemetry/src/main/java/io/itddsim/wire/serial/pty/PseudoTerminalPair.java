package io.itddsim.wire.serial.pty;

import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two linked pseudo-terminals made in this process, a null-modem cable between two serial
 * programs: bytes written to slave A come out of slave B and the other way round, all 256 byte
 * values unchanged. Both slaves are raw (no echo, no line editing, no translation) before {@link
 * #open} returns. It does what {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0} does, without
 * the process, so tests and benches need nothing installed.
 *
 * <p>{@link #close()} stops the relay thread, removes the symbolic links and closes both masters,
 * which hangs up the slaves: a program holding one open (jssc, say) gets "Input/output error",
 * as when a serial cable is pulled. A new pair opened with the same links afterwards is the cable
 * plugged back in.
 *
 * <p>Linux only (glibc or musl through JNA).
 */
public final class PseudoTerminalPair implements AutoCloseable {

    private final PseudoTerminal a;
    private final PseudoTerminal b;
    private final PtyRelay relay;
    private final List<Path> links;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PseudoTerminalPair(PseudoTerminal a, PseudoTerminal b, PtyRelay relay, List<Path> links) {
        this.a = a;
        this.b = b;
        this.relay = relay;
        this.links = links;
    }

    /** Opens a linked pair; {@link #a()} and {@link #b()} are the slave devices. */
    public static PseudoTerminalPair open() throws IOException {
        return open(null, null);
    }

    /**
     * Opens a linked pair and makes {@code linkA} and {@code linkB} symbolic links to its slave
     * devices (folders created as needed), so a configuration can name a stable path; {@link #a()}
     * and {@link #b()} are then the links. A symbolic link left at either path by an earlier run is
     * replaced; any other file there is an error.
     */
    public static PseudoTerminalPair openLinked(Path linkA, Path linkB) throws IOException {
        if (linkA == null || linkB == null || linkA.toAbsolutePath().equals(linkB.toAbsolutePath())) {
            throw new IllegalArgumentException("two different link paths are needed, got " + linkA + " and " + linkB);
        }
        return open(linkA, linkB);
    }

    private static PseudoTerminalPair open(Path linkA, Path linkB) throws IOException {
        requireLinux();
        List<AutoCloseable> opened = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        try {
            PseudoTerminal a = remember(opened, PseudoTerminal.open());
            PseudoTerminal b = remember(opened, PseudoTerminal.open());
            if (linkA != null) {
                links.add(link(linkA, a.device));
                links.add(link(linkB, b.device));
            }
            PtyRelay relay = PtyRelay.start(a, b);
            return new PseudoTerminalPair(a, b, relay, List.copyOf(links));
        } catch (IOException | RuntimeException e) {
            links.forEach(link -> unlinkQuietly(link, null));
            for (AutoCloseable terminal : opened) {
                try {
                    terminal.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    private static void requireLinux() {
        if (!Platform.isLinux()) {
            throw new UnsupportedOperationException(
                    "pseudo-terminal pairs are made with Linux system calls; this is " + System.getProperty("os.name")
                            + ". Link two serial ports by other means (a null-modem cable, or socat).");
        }
    }

    private static PseudoTerminal remember(List<AutoCloseable> opened, PseudoTerminal terminal) {
        opened.add(terminal);
        return terminal;
    }

    private static Path link(Path link, Path device) throws IOException {
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new IOException("cannot link " + link + " to " + device + ": " + link
                    + " exists and is not a symbolic link; not replacing it");
        }
        Path parent = link.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, device);
        return link;
    }

    /** Removes {@code link} if it (still) points at {@code device}; any device if that is null. */
    private static void unlinkQuietly(Path link, Path device) {
        try {
            if (Files.isSymbolicLink(link)
                    && (device == null || Files.readSymbolicLink(link).equals(device))) {
                Files.delete(link);
            }
        } catch (IOException e) {
            // a link left behind is replaced by the next pair opened on the same path
        }
    }

    /** The path that side A's program opens: the symbolic link if one was asked for, else the device. */
    public Path a() {
        return links.isEmpty() ? a.device : links.get(0);
    }

    /** The path that side B's program opens: the symbolic link if one was asked for, else the device. */
    public Path b() {
        return links.isEmpty() ? b.device : links.get(1);
    }

    /** Side A's slave device, such as {@code /dev/pts/3}. */
    public Path deviceA() {
        return a.device;
    }

    /** Side B's slave device. */
    public Path deviceB() {
        return b.device;
    }

    /**
     * Whether bytes still move between the sides: true until {@link #close()}, unless a master
     * failed (then {@link #stoppedBecause()} says how).
     */
    public boolean relaying() {
        return relay.relaying();
    }

    /** Why the relay stopped by itself, or null if it did not. */
    public String stoppedBecause() {
        return relay.stoppedBecause();
    }

    /**
     * Unplugs the cable: removes the links, stops the relay thread and closes both masters, so
     * programs holding a slave see a disconnect. Bytes not yet relayed are lost. Closing twice does
     * nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!links.isEmpty()) {
            // a pair opened since on the same paths owns them now
            unlinkQuietly(links.get(0), a.device);
            unlinkQuietly(links.get(1), b.device);
        }
        relay.stop();
        a.close();
        b.close();
    }

    @Override
    public String toString() {
        return "PseudoTerminalPair[" + a() + " <-> " + b() + "]";
    }
}
