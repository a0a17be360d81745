package io.itddsim.wire.serial.pty;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few C library calls a pseudo-terminal pair needs, with the Linux values of their constants
 * (the same on x86-64 and arm64). Calls return -1 and leave the reason in {@link
 * Native#getLastError()}, as in C; {@link #ptsname_r} returns the error number itself.
 */
interface LinuxLibc extends Library {

    LinuxLibc C = Native.load("c", LinuxLibc.class);

    int O_RDWR = 0x2;
    int O_NOCTTY = 0x100;
    int O_NONBLOCK = 0x800;
    int F_GETFL = 3;
    int F_SETFL = 4;
    int TCSANOW = 0;

    short POLLIN = 0x1;
    short POLLOUT = 0x4;
    short POLLERR = 0x8;
    short POLLHUP = 0x10;
    short POLLNVAL = 0x20;

    int EINTR = 4;
    int EIO = 5;
    int EAGAIN = 11;

    /** Linux's struct termios is 60 bytes; a larger opaque buffer leaves room for any libc. */
    int TERMIOS_BYTES = 256;

    int posix_openpt(int flags);

    int grantpt(int fd);

    int unlockpt(int fd);

    int ptsname_r(int fd, byte[] buffer, NativeLong length);

    int open(String path, int flags);

    int close(int fd);

    int fcntl(int fd, int command, int argument);

    int tcgetattr(int fd, Pointer termios);

    void cfmakeraw(Pointer termios);

    int tcsetattr(int fd, int when, Pointer termios);

    int pipe(int[] fds);

    int poll(PollFd[] fds, int count, int timeoutMillis);

    NativeLong read(int fd, Pointer buffer, NativeLong count);

    NativeLong write(int fd, Pointer buffer, NativeLong count);

    String strerror(int error);

    /** {@code what} failed with the error now in errno, in words. */
    static String failed(String what) {
        int error = Native.getLastError();
        return what + " failed: " + C.strerror(error) + " (errno " + error + ")";
    }
}
