package io.itddsim.sim.nvm;

import io.itddsim.sim.event.EventRecorder;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log as the firmware keeps it in non-volatile memory: a ring of fixed-size records, each
 * with its own CRC-32C, the oldest overwritten when the ring is full. Because every record is
 * checked on its own, a torn or corrupted record is found and reported without hiding the records
 * around it.
 */
public final class NvmEventLog implements EventRecorder, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final PumpHardware hw;
    private final int capacity;
    private final byte[] buffer = new byte[RecordCodec.BYTES];
    /** Slots found corrupt and already reported; a slot is forgotten when it is written again. */
    private final boolean[] reportedCorrupt;

    private long written;

    public NvmEventLog(PumpHardware hw, int capacity) {
        this.hw = hw;
        this.capacity = capacity;
        this.reportedCorrupt = new boolean[capacity];
    }

    @Override
    public void record(PumpEvent e) {
        written++;
        int slot = (int) ((written - 1) % capacity);
        RecordCodec.encode(buffer, written, e.timeUs(), e.type(), e.value());
        hw.nvmWrite(slot * RecordCodec.BYTES, buffer, 0, RecordCodec.BYTES);
        reportedCorrupt[slot] = false;
    }

    /** Writes the newest record again, with the same sequence, in its slot. */
    @Override
    public void rewriteNewest(PumpEvent e) {
        if (written == 0) {
            record(e);
            return;
        }
        int slot = (int) ((written - 1) % capacity);
        RecordCodec.encode(buffer, written, e.timeUs(), e.type(), e.value());
        hw.nvmWrite(slot * RecordCodec.BYTES, buffer, 0, RecordCodec.BYTES);
        reportedCorrupt[slot] = false;
    }

    /** Every non-empty record, oldest first; corrupt records keep their place. */
    public List<NvmRecord> readAll() {
        List<NvmRecord> out = new ArrayList<>();
        long first = Math.max(1, written - capacity + 1);
        for (long seq = first; seq <= written; seq++) {
            int slot = (int) ((seq - 1) % capacity);
            hw.nvmRead(slot * RecordCodec.BYTES, buffer, 0, RecordCodec.BYTES);
            if (!RecordCodec.empty(buffer)) {
                out.add(RecordCodec.decode(slot, buffer));
            } else {
                out.add(NvmRecord.corrupted(slot)); // a written record that reads back blank was lost
            }
        }
        return out;
    }

    /**
     * Checks every record's CRC. Returns the slots newly found corrupt (each is reported once);
     * an empty list when memory is sound or nothing new is wrong.
     */
    public List<Integer> scrub() {
        List<Integer> fresh = new ArrayList<>(0);
        long first = Math.max(1, written - capacity + 1);
        for (long seq = first; seq <= written; seq++) { // as readAll reads them, without decoding (daily)
            int slot = (int) ((seq - 1) % capacity);
            hw.nvmRead(slot * RecordCodec.BYTES, buffer, 0, RecordCodec.BYTES);
            boolean corrupt = RecordCodec.empty(buffer) || !RecordCodec.intact(buffer);
            if (corrupt && !reportedCorrupt[slot]) {
                reportedCorrupt[slot] = true;
                fresh.add(slot);
            }
        }
        return fresh;
    }

    public int capacity() {
        return capacity;
    }

    /** Records written since implant (the ring holds the last {@link #capacity()}). */
    public long written() {
        return written;
    }

    public void hashInto(StateDigest d) {
        d.section("nvm-log").add(written);
        for (boolean b : reportedCorrupt) {
            d.add(b);
        }
    }
}
