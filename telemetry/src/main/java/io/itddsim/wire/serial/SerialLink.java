package io.itddsim.wire.serial;

import java.io.Closeable;

/**
 * A byte pipe to the other end of a serial line: a real port ({@link JsscSerialLink}) or an
 * in-memory one ({@link PipeSerialLink}). It moves bytes only; framing is the job of {@link
 * SerialFrameEncoder} and {@link SerialFrameDecoder}.
 *
 * <p>Reads never wait: whoever drives the link decides how to wait between reads, so no
 * implementation has to busy-wait or block a thread inside a native call.
 */
public interface SerialLink extends Closeable {

    /** The port's name, for messages and logs. */
    String name();

    /** Opens the link. */
    void open() throws SerialLinkException;

    /**
     * Copies the bytes that have arrived, at most {@code buffer.length}, into {@code buffer} from
     * index 0 and returns how many; 0 when none have arrived. Never waits for more.
     *
     * @throws SerialLinkDisconnectedException when the link is gone; it will not come back, open a
     *     new link
     */
    int readAvailable(byte[] buffer) throws SerialLinkDisconnectedException;

    /**
     * Hands all of {@code bytes} to the line.
     *
     * @throws SerialLinkDisconnectedException when the link is gone
     */
    void write(byte[] bytes) throws SerialLinkDisconnectedException;

    /** Closes the link; closing a closed or never opened link does nothing. Never throws. */
    @Override
    void close();
}
