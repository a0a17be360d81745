package io.itddsim.wire.serial;

import java.io.IOException;

/** A serial link could not be used: the port could not be opened, or it went away. */
public class SerialLinkException extends IOException {

    public SerialLinkException(String message, Throwable cause) {
        super(message, cause);
    }

    public SerialLinkException(String message) {
        super(message);
    }
}
