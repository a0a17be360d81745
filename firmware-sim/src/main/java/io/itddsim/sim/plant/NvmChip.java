package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * The pump's non-volatile memory: a byte array the firmware reads and writes through the hardware
 * interface. Memory faults act here, on the bytes (a flipped bit, a torn write); the firmware finds
 * them only through its own checksums.
 */
public final class NvmChip implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;
    private int tearNextWriteAfterBytes = -1;
    private long writes;

    public NvmChip(int sizeBytes) {
        bytes = new byte[sizeBytes];
    }

    public int sizeBytes() {
        return bytes.length;
    }

    void read(int address, byte[] into, int offset, int length) {
        System.arraycopy(bytes, address, into, offset, length);
    }

    void write(int address, byte[] from, int offset, int length) {
        int n = length;
        if (tearNextWriteAfterBytes >= 0) {
            n = Math.min(length, tearNextWriteAfterBytes); // power lost part-way through the write
            tearNextWriteAfterBytes = -1;
        }
        System.arraycopy(from, offset, bytes, address, n);
        writes++;
    }

    /** Inverts the bits of {@code mask} in the byte at {@code address} (a memory fault). */
    public void flipBits(int address, int mask) {
        if (address < 0 || address >= bytes.length) {
            throw new IllegalArgumentException("NVM address " + address + " outside 0.." + (bytes.length - 1));
        }
        bytes[address] ^= (byte) mask;
    }

    /** The next write stores only its first {@code bytesWritten} bytes, as if power failed mid-write. */
    public void tearNextWrite(int bytesWritten) {
        tearNextWriteAfterBytes = Math.max(0, bytesWritten);
    }

    public long writes() {
        return writes;
    }

    /** A copy of the contents, for inspection. */
    public byte[] contents() {
        return bytes.clone();
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("nvm").add(tearNextWriteAfterBytes).add(writes).add(bytes);
    }
}
