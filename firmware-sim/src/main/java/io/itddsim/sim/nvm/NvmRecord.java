package io.itddsim.sim.nvm;

import io.itddsim.sim.event.EventType;

/**
 * One event-log record as read back from non-volatile memory.
 *
 * @param slot     where it sits in the ring
 * @param sequence write sequence number (1 for the first record ever written); 0 if corrupt
 * @param timeUs   sim time of the event; 0 if corrupt
 * @param type     event type; null if corrupt
 * @param value    the event's value; 0 if corrupt
 * @param corrupt  true when the stored CRC does not match the record: its fields cannot be trusted
 */
public record NvmRecord(int slot, long sequence, long timeUs, EventType type, long value, boolean corrupt)
        implements java.io.Serializable {

    static NvmRecord corrupted(int slot) {
        return new NvmRecord(slot, 0, 0, null, 0, true);
    }
}
