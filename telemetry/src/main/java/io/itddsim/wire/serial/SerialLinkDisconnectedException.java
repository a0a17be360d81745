package io.itddsim.wire.serial;

/**
 * The other end of a serial link went away (cable pulled, USB adapter unplugged, the process
 * holding the other side of a pseudo-terminal died). The link is of no further use; reconnect
 * by opening a new one.
 */
public class SerialLinkDisconnectedException extends SerialLinkException {

    public SerialLinkDisconnectedException(String message, Throwable cause) {
        super(message, cause);
    }

    public SerialLinkDisconnectedException(String message) {
        super(message);
    }
}
