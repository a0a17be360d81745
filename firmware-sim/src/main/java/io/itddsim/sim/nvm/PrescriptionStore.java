package io.itddsim.sim.nvm;

import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.profile.PumpProfile;
import java.nio.charset.StandardCharsets;

/**
 * The programmed prescription as kept in non-volatile memory: length (2) | canonical text | CRC-32C (4),
 * in the block after the event log. The firmware checks it against its working copy, so a
 * corrupted prescription is found before it can be trusted.
 */
public final class PrescriptionStore implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final PumpHardware hw;
    private final int address;
    private final byte[] block = new byte[PumpProfile.NVM_PRESCRIPTION_BLOCK_BYTES];

    public PrescriptionStore(PumpHardware hw, int address) {
        this.hw = hw;
        this.address = address;
    }

    /** Stores the canonical text of a prescription (its record form, which is deterministic). */
    public void store(String canonical) {
        byte[] text = canonical.getBytes(StandardCharsets.UTF_8);
        int max = block.length - 6;
        if (text.length > max) {
            throw new IllegalStateException(
                    "prescription text of " + text.length + " bytes exceeds the " + max + "-byte NVM block");
        }
        java.util.Arrays.fill(block, (byte) 0);
        block[0] = (byte) (text.length >>> 8);
        block[1] = (byte) text.length;
        System.arraycopy(text, 0, block, 2, text.length);
        RecordCodec.putInt(block, 2 + text.length, RecordCodec.crc(block, 2 + text.length));
        hw.nvmWrite(address, block, 0, 2 + text.length + 4);
    }

    /** True when the stored block passes its CRC and says what {@code canonical} says. */
    public boolean holds(String canonical) {
        hw.nvmRead(address, block, 0, block.length);
        int len = ((block[0] & 0xff) << 8) | (block[1] & 0xff);
        if (len > block.length - 6) {
            return false;
        }
        if (RecordCodec.getInt(block, 2 + len) != RecordCodec.crc(block, 2 + len)) {
            return false;
        }
        return new String(block, 2, len, StandardCharsets.UTF_8).equals(canonical);
    }
}
