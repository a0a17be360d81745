package io.itddsim.wire.serial;

import io.itddsim.wire.frame.WireLimits;
import java.time.Duration;

/**
 * Where and how the pump host talks over a serial line.
 *
 * @param device          the port, e.g. {@code /dev/ttyUSB0} or a PTY link
 * @param baudRate        line rate; the host paces what it sends to it (8N1: baud/10 bytes a second)
 * @param reconnectEvery  how long to wait between attempts to open a port that is not there
 * @param heartbeatEvery  wall time between heartbeats
 * @param maxEnvelopeBytes largest envelope accepted
 */
public record SerialPortSettings(
        String device, int baudRate, Duration reconnectEvery, Duration heartbeatEvery, int maxEnvelopeBytes) {

    public SerialPortSettings {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("serial device: expected a port name such as /dev/ttyUSB0");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate: expected a positive number, got " + baudRate);
        }
    }

    public static SerialPortSettings of(String device, int baudRate) {
        return new SerialPortSettings(
                device, baudRate, Duration.ofMillis(500), Duration.ofSeconds(1), WireLimits.DEFAULT_MAX_ENVELOPE_BYTES);
    }

    public SerialPortSettings withReconnectEvery(Duration every) {
        return new SerialPortSettings(device, baudRate, every, heartbeatEvery, maxEnvelopeBytes);
    }

    public SerialPortSettings withHeartbeatEvery(Duration every) {
        return new SerialPortSettings(device, baudRate, reconnectEvery, every, maxEnvelopeBytes);
    }
}
