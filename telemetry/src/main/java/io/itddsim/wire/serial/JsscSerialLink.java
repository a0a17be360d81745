package io.itddsim.wire.serial;

import jssc.SerialPort;
import jssc.SerialPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial port through jssc: a real UART, a USB adapter, or one side of a pseudo-terminal
 * pair. Reads take what the driver already holds, because jssc's {@code readBytes(n, timeout)}
 * busy-waits until n bytes have come and stalls under sustained flow (STACK.md). Any jssc error
 * after opening, "Input/output error" above all, means the other end is gone: it surfaces as
 * {@link SerialLinkDisconnectedException}, since jssc keeps reporting the port as open.
 */
public final class JsscSerialLink implements SerialLink {

    /** The line rate unless configured otherwise (DESIGN.md, the wire). */
    public static final int DEFAULT_BAUD_RATE = 115_200;

    private static final Logger log = LoggerFactory.getLogger(JsscSerialLink.class);

    private final String portName;
    private final int baudRate;
    private SerialPort port;

    /**
     * @param portName a device path such as {@code /dev/ttyUSB0}, {@code /dev/pts/3}, or a
     *     symbolic link to one
     */
    public JsscSerialLink(String portName, int baudRate) {
        this.portName = portName;
        this.baudRate = baudRate;
    }

    @Override
    public String name() {
        return portName;
    }

    @Override
    public void open() throws SerialLinkException {
        if (port != null) {
            throw new SerialLinkException("serial port " + portName + " is already open");
        }
        SerialPort opening = new SerialPort(portName);
        try {
            opening.openPort();
        } catch (SerialPortException e) {
            throw new SerialLinkException("cannot open serial port " + portName + ": " + e.getMessage(), e);
        }
        try {
            boolean applied =
                    opening.setParams(baudRate, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
            if (!applied) {
                // a pseudo-terminal has no modem lines, so jssc reports failure although the speed and
                // raw mode took effect; a real port that refuses is caught by the frames not arriving
                log.debug("serial port {} did not confirm {} 8N1 (normal for a pseudo-terminal)", portName, baudRate);
            }
        } catch (SerialPortException e) {
            closeQuietly(opening);
            throw new SerialLinkException("cannot configure serial port " + portName + ": " + e.getMessage(), e);
        }
        port = opening;
    }

    @Override
    public int readAvailable(byte[] buffer) throws SerialLinkDisconnectedException {
        SerialPort open = requireOpen();
        try {
            int available = open.getInputBufferBytesCount();
            if (available < 0) {
                throw new SerialLinkDisconnectedException(
                        "serial port " + portName + " reported a failed input buffer");
            }
            if (available == 0) {
                return 0;
            }
            byte[] bytes = open.readBytes(Math.min(available, buffer.length));
            System.arraycopy(bytes, 0, buffer, 0, bytes.length);
            return bytes.length;
        } catch (SerialPortException e) {
            throw disconnected("reading", e);
        }
    }

    @Override
    public void write(byte[] bytes) throws SerialLinkDisconnectedException {
        SerialPort open = requireOpen();
        try {
            if (!open.writeBytes(bytes)) {
                throw new SerialLinkDisconnectedException(
                        "serial port " + portName + " accepted fewer than the " + bytes.length + " bytes written");
            }
        } catch (SerialPortException e) {
            throw disconnected("writing", e);
        }
    }

    @Override
    public void close() {
        if (port != null) {
            closeQuietly(port);
            port = null;
        }
    }

    private SerialPort requireOpen() throws SerialLinkDisconnectedException {
        if (port == null) {
            throw new SerialLinkDisconnectedException("serial port " + portName + " is not open");
        }
        return port;
    }

    private SerialLinkDisconnectedException disconnected(String doing, SerialPortException e) {
        return new SerialLinkDisconnectedException(
                "serial port " + portName + " failed while " + doing + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(SerialPort port) {
        try {
            port.closePort();
        } catch (SerialPortException e) {
            // closing after the other end vanished fails too; there is nothing left to release
            log.debug("closing serial port {} failed: {}", port.getPortName(), e.getMessage());
        }
    }
}
