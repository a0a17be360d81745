package io.itddsim.wire.serial.pty;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import io.itddsim.wire.serial.JsscSerialLink;
import io.itddsim.wire.serial.SerialLink;
import io.itddsim.wire.serial.SerialLinkDisconnectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The in-process PTY pair, driven through jssc as the pump and its clients use it. */
class PseudoTerminalPairTest {

    /** A guard against a hang, not a measurement. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final byte[] EVERY_BYTE = new byte[256];

    static {
        for (int i = 0; i < EVERY_BYTE.length; i++) {
            EVERY_BYTE[i] = (byte) i;
        }
    }

    private final Path folder = Path.of("target", "pty", UUID.randomUUID().toString());
    private PseudoTerminalPair pair;
    private JsscSerialLink a;
    private JsscSerialLink b;

    @AfterEach
    void closeAll() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    private void openBothSides() throws Exception {
        pair = PseudoTerminalPair.open();
        a = new JsscSerialLink(pair.a().toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        b = new JsscSerialLink(pair.b().toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        a.open();
        b.open();
    }

    @Test
    @DisplayName("every byte value crosses unchanged, both ways at once")
    void allByteValuesCrossBothWays() throws Exception {
        openBothSides();
        byte[] reversed = new byte[256];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = EVERY_BYTE[255 - i];
        }

        a.write(EVERY_BYTE);
        b.write(reversed);

        assertArrayEquals(EVERY_BYTE, readExactly(b, EVERY_BYTE.length));
        assertArrayEquals(reversed, readExactly(a, reversed.length));
    }

    @Test
    @DisplayName("a program that does not set its terminal up gets every byte value unchanged, and nothing echoes back")
    void slavesAreRawForProgramsThatDoNotSetThemUp() throws Exception {
        pair = PseudoTerminalPair.open();
        a = new JsscSerialLink(pair.a().toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        a.open();
        // plain open and read, as cat would: unlike jssc, nothing here changes the terminal settings
        int plainB =
                LinuxLibc.C.open(pair.b().toString(), LinuxLibc.O_RDWR | LinuxLibc.O_NOCTTY | LinuxLibc.O_NONBLOCK);
        assertTrue(plainB >= 0, LinuxLibc.failed("opening " + pair.b()));
        try (Memory buffer = new Memory(512)) {
            // a cooked terminal would hold bytes until a line ends, turn 0x0D into 0x0A, act on the
            // control characters and echo what it got back towards A
            a.write(EVERY_BYTE);
            ByteArrayOutputStream atB = new ByteArrayOutputStream();
            await().atMost(PATIENCE).pollDelay(Duration.ZERO).until(() -> {
                for (long n;
                        (n = LinuxLibc.C
                                        .read(plainB, buffer, new NativeLong(buffer.size()))
                                        .longValue())
                                > 0; ) {
                    atB.write(buffer.getByteArray(0, (int) n));
                }
                return atB.size() >= EVERY_BYTE.length;
            });
            buffer.setByte(0, (byte) 0x42);
            assertEquals(1, LinuxLibc.C.write(plainB, buffer, new NativeLong(1)).longValue());

            assertArrayEquals(EVERY_BYTE, atB.toByteArray());
            assertArrayEquals(new byte[] {0x42}, readExactly(a, 1), "only what B wrote comes back to A");
        } finally {
            LinuxLibc.C.close(plainB);
        }
    }

    @Test
    @DisplayName("four megabytes of random bytes arrive complete and in order, both ways at once")
    void largeTransfersArriveIntact() throws Exception {
        openBothSides();
        byte[] toB = randomBytes(4 << 20, 1);
        byte[] toA = randomBytes(4 << 20, 2);

        // the writes block while the kernel buffers are full, so they run beside the reads
        CompletableFuture<Void> writingToB = CompletableFuture.runAsync(() -> writeInChunks(a, toB));
        CompletableFuture<Void> writingToA = CompletableFuture.runAsync(() -> writeInChunks(b, toA));
        ByteArrayOutputStream atB = new ByteArrayOutputStream();
        ByteArrayOutputStream atA = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        await().atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1))
                .until(() -> {
                    drain(b, buffer, atB);
                    drain(a, buffer, atA);
                    return atB.size() >= toB.length && atA.size() >= toA.length;
                });
        writingToB.join();
        writingToA.join();

        assertTrue(Arrays.equals(toB, atB.toByteArray()), "A to B: " + atB.size() + " bytes, not the ones written");
        assertTrue(Arrays.equals(toA, atA.toByteArray()), "B to A: " + atA.size() + " bytes, not the ones written");
    }

    @Test
    @DisplayName("closing the pair is a pulled cable: both sides' programs see a disconnect")
    void closingThePairDisconnectsBothSides() throws Exception {
        openBothSides();
        a.write(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, readExactly(b, 3));

        pair.close();

        assertThrows(SerialLinkDisconnectedException.class, () -> b.readAvailable(new byte[16]));
        assertThrows(SerialLinkDisconnectedException.class, () -> a.write(new byte[] {4}));
        assertFalse(pair.relaying());
        assertNull(pair.stoppedBecause(), "stopped by close, not by a failure");
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().startsWith("pty-relay " + pair.deviceA() + " ")),
                "relay thread left running");
    }

    @Test
    @DisplayName("a program may close its side and open it again, and the line carries on")
    void aSideCanBeReopened() throws Exception {
        openBothSides();
        b.close();
        a.write(new byte[] {7, 8});

        b = new JsscSerialLink(pair.b().toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        b.open();
        b.write(new byte[] {9});

        assertArrayEquals(
                new byte[] {7, 8}, readExactly(b, 2), "bytes sent while B was closed wait for it, as on socat");
        assertArrayEquals(new byte[] {9}, readExactly(a, 1));
        assertTrue(pair.relaying());
    }

    @Test
    @DisplayName("symbolic links name the two sides while the pair is open, and go with it")
    void linksPointAtTheDevicesUntilClosed() throws Exception {
        Path linkA = folder.resolve("ttyA");
        Path linkB = folder.resolve("ttyB");
        pair = PseudoTerminalPair.openLinked(linkA, linkB);

        assertEquals(linkA, pair.a());
        assertEquals(pair.deviceA(), Files.readSymbolicLink(linkA));
        assertEquals(pair.deviceB(), Files.readSymbolicLink(linkB));
        a = new JsscSerialLink(linkA.toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        b = new JsscSerialLink(linkB.toString(), JsscSerialLink.DEFAULT_BAUD_RATE);
        a.open();
        b.open();
        b.write(new byte[] {0x00, (byte) 0xFF});
        assertArrayEquals(new byte[] {0x00, (byte) 0xFF}, readExactly(a, 2));

        pair.close();

        assertFalse(Files.exists(linkA, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(linkB, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    @DisplayName("a pair opened again on the same links replaces them: the cable plugged back in")
    void reopeningOnTheSameLinksReplacesThem() throws Exception {
        Path linkA = folder.resolve("ttyA");
        Path linkB = folder.resolve("ttyB");
        PseudoTerminalPair first = PseudoTerminalPair.openLinked(linkA, linkB);
        first.close();
        Files.createSymbolicLink(linkA, Path.of("/dev/pts/stale")); // as a killed run leaves it

        pair = PseudoTerminalPair.openLinked(linkA, linkB);

        assertEquals(pair.deviceA(), Files.readSymbolicLink(linkA));
        assertTrue(pair.relaying());
    }

    @Test
    @DisplayName("a file where a link should go is left alone, and nothing is opened")
    void anExistingFileIsNotReplaced() throws Exception {
        Path linkA = folder.resolve("ttyA");
        Files.createDirectories(folder);
        Files.writeString(linkA, "not a terminal");

        IOException e =
                assertThrows(IOException.class, () -> PseudoTerminalPair.openLinked(linkA, folder.resolve("ttyB")));

        assertTrue(e.getMessage().contains(linkA + " exists and is not a symbolic link"), e.getMessage());
        assertEquals("not a terminal", Files.readString(linkA));
        assertFalse(Files.exists(folder.resolve("ttyB"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    @DisplayName("one path for both links is refused before anything is opened")
    void bothLinksOnOnePathAreRefused() {
        Path link = folder.resolve("tty");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PseudoTerminalPair.openLinked(link, link));

        assertTrue(e.getMessage().contains("two different link paths"), e.getMessage());
        assertFalse(Files.exists(folder));
    }

    private static byte[] readExactly(SerialLink link, int length) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).until(() -> {
            drain(link, buffer, received);
            return received.size() >= length;
        });
        return received.toByteArray();
    }

    private static void drain(SerialLink link, byte[] buffer, ByteArrayOutputStream into)
            throws SerialLinkDisconnectedException {
        for (int n; (n = link.readAvailable(buffer)) > 0; ) {
            into.write(buffer, 0, n);
        }
    }

    private static void writeInChunks(SerialLink link, byte[] bytes) {
        try {
            for (int offset = 0; offset < bytes.length; offset += 4096) {
                link.write(Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + 4096)));
            }
        } catch (SerialLinkDisconnectedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
