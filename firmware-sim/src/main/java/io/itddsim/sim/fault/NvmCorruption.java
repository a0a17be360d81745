package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.NvmChip;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.sim.random.SplitMix64;

/**
 * Bits flipping in the pump's non-volatile memory (DOMAIN.md 3, pump memory error): in a record of
 * the event log, or in the stored prescription. The bytes hit are drawn from the fault's stream
 * among what is actually written (a flip in an unused area would never be read). It happens in an
 * instant and the damage stays until the firmware rewrites that memory; the firmware finds it only
 * by its CRC checks (the daily scrub and each interrogation).
 *
 * <p>The memory layout (event-log ring of fixed-size records, then the prescription block) is that
 * of the firmware's NVM code; this reads the chip's bytes, never the firmware.
 */
final class NvmCorruption extends FaultMechanism {
    private static final long serialVersionUID = 1L;

    /** Which part of memory is hit. */
    enum Region {
        EVENT_LOG,
        PRESCRIPTION
    }

    private final NvmChip chip;
    private final SplitMix64 random;
    private final Region region;
    private final int bits;
    private final int logBytes;
    private long flips;
    private long lastAddress = -1;
    private long startUs;

    NvmCorruption(PumpProfile profile, NvmChip chip, SplitMix64 random, Region region, int bits) {
        this.chip = chip;
        this.random = random;
        this.region = region;
        this.bits = bits;
        this.logBytes = Math.toIntExact(profile.get(ProfileParameter.NVM_LOG_RECORDS) * PumpProfile.NVM_RECORD_BYTES);
    }

    @Override
    void start(long nowUs) {
        startUs = nowUs;
        byte[] image = chip.contents();
        for (int i = 0; i < bits; i++) {
            int address = region == Region.EVENT_LOG ? inWrittenRecord(image) : inPrescription(image);
            chip.flipBits(address, 1 << (int) random.nextLong(0, 7));
            lastAddress = address;
            flips++;
        }
    }

    /** A byte of a record slot that holds something; any log byte when the log is still empty. */
    private int inWrittenRecord(byte[] image) {
        int slots = logBytes / PumpProfile.NVM_RECORD_BYTES;
        int written = 0;
        for (int s = 0; s < slots; s++) {
            if (!blank(image, s * PumpProfile.NVM_RECORD_BYTES, PumpProfile.NVM_RECORD_BYTES)) {
                written++;
            }
        }
        if (written == 0) {
            return (int) random.nextLong(0, logBytes - 1);
        }
        long pick = random.nextLong(0, written - 1);
        for (int s = 0; s < slots; s++) {
            if (!blank(image, s * PumpProfile.NVM_RECORD_BYTES, PumpProfile.NVM_RECORD_BYTES) && pick-- == 0) {
                return s * PumpProfile.NVM_RECORD_BYTES + (int) random.nextLong(0, PumpProfile.NVM_RECORD_BYTES - 1);
            }
        }
        throw new IllegalStateException("unreachable: a written slot was counted");
    }

    /** A byte of the stored prescription: its length, text or CRC. */
    private int inPrescription(byte[] image) {
        int length = ((image[logBytes] & 0xff) << 8) | (image[logBytes + 1] & 0xff);
        int used = Math.min(PumpProfile.NVM_PRESCRIPTION_BLOCK_BYTES, 2 + length + 4);
        return logBytes + (int) random.nextLong(0, used - 1);
    }

    private static boolean blank(byte[] b, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    void stop(long nowUs) {
        // a flipped bit stays flipped until the firmware writes that memory again
    }

    @Override
    long naturalEndUs() {
        return startUs; // it happens in an instant
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(flips).add(lastAddress).add(startUs);
    }
}
