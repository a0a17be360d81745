package io.itddsim.wire.serial.pty;

import static io.itddsim.wire.serial.pty.LinuxLibc.C;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One pseudo-terminal: the master, which this process reads and writes (non-blocking), and the
 * slave device that a serial program opens like a UART. The slave is made raw before this object
 * is handed out, so no byte is ever echoed, translated or held for a line ending.
 *
 * <p>A slave descriptor stays open here for the terminal's lifetime. Without it the master would
 * report a hang-up whenever no program has the slave open (before the first opens it, between a
 * program closing and reopening it), and the relay could not tell that from the end.
 */
final class PseudoTerminal implements AutoCloseable {

    private static final int MAX_DEVICE_NAME = 128;

    final int master;
    private final int heldSlave;
    final Path device;

    private PseudoTerminal(int master, int heldSlave, Path device) {
        this.master = master;
        this.heldSlave = heldSlave;
        this.device = device;
    }

    static PseudoTerminal open() throws IOException {
        int master = C.posix_openpt(LinuxLibc.O_RDWR | LinuxLibc.O_NOCTTY);
        if (master < 0) {
            throw new IOException("cannot make a pseudo-terminal: " + LinuxLibc.failed("posix_openpt"));
        }
        int slave = -1;
        try {
            require(C.grantpt(master) == 0, "grantpt");
            require(C.unlockpt(master) == 0, "unlockpt");
            Path device = slaveDevice(master);
            slave = C.open(device.toString(), LinuxLibc.O_RDWR | LinuxLibc.O_NOCTTY);
            require(slave >= 0, "opening " + device);
            makeRaw(slave, device);
            int flags = C.fcntl(master, LinuxLibc.F_GETFL, 0);
            require(
                    flags >= 0 && C.fcntl(master, LinuxLibc.F_SETFL, flags | LinuxLibc.O_NONBLOCK) == 0,
                    "making the master non-blocking");
            return new PseudoTerminal(master, slave, device);
        } catch (IOException | RuntimeException e) {
            if (slave >= 0) {
                C.close(slave);
            }
            C.close(master);
            throw e;
        }
    }

    private static Path slaveDevice(int master) throws IOException {
        byte[] name = new byte[MAX_DEVICE_NAME];
        int error = C.ptsname_r(master, name, new NativeLong(name.length));
        if (error != 0) {
            throw new IOException("cannot make a pseudo-terminal: ptsname_r failed: " + C.strerror(error));
        }
        int length = 0;
        while (length < name.length && name[length] != 0) {
            length++;
        }
        return Path.of(new String(name, 0, length, StandardCharsets.US_ASCII));
    }

    private static void makeRaw(int slave, Path device) throws IOException {
        try (Memory termios = new Memory(LinuxLibc.TERMIOS_BYTES)) {
            termios.clear();
            require(C.tcgetattr(slave, termios) == 0, "reading the settings of " + device);
            C.cfmakeraw(termios);
            require(C.tcsetattr(slave, LinuxLibc.TCSANOW, termios) == 0, "making " + device + " raw");
        }
    }

    private static void require(boolean succeeded, String what) throws IOException {
        if (!succeeded) {
            throw new IOException("cannot make a pseudo-terminal: " + LinuxLibc.failed(what));
        }
    }

    /**
     * Closes the master, which hangs up the slave: a program that has it open gets "Input/output
     * error" from then on, as when a USB serial adapter is pulled.
     */
    @Override
    public void close() {
        C.close(master);
        C.close(heldSlave);
    }
}
