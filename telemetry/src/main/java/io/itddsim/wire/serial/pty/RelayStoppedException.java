package io.itddsim.wire.serial.pty;

/** The relay between two masters cannot go on; the message says which master failed and how. */
final class RelayStoppedException extends Exception {
    RelayStoppedException(String message) {
        super(message);
    }
}
