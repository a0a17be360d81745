package io.itddsim.sim.firmware;

import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.nvm.NvmEventLog;
import io.itddsim.sim.nvm.PrescriptionStore;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Keeps the event log and the prescription in non-volatile memory and checks them: every record's
 * CRC once per scrub interval and at each interrogation, and the stored prescription against the
 * working copy. What it finds is a pump memory error; it never learns of a fault any other way.
 */
final class MemoryMonitor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final NvmEventLog nvmLog;
    private final PrescriptionStore store;
    private final PeriodicCheck schedule;
    /** Corrupt log records found and not yet shown to a programmer. */
    private boolean logErrorUnreported;

    private boolean prescriptionCorrupt;
    /** The prescription last stored and its canonical text, so a daily scrub need not format it again. */
    private Prescription stored;

    private String storedText;

    MemoryMonitor(PumpProfile profile, PumpHardware hw) {
        int records = Math.toIntExact(profile.get(ProfileParameter.NVM_LOG_RECORDS));
        nvmLog = new NvmEventLog(hw, records);
        store = new PrescriptionStore(hw, records * PumpProfile.NVM_RECORD_BYTES);
        schedule = new PeriodicCheck(profile.get(ProfileParameter.NVM_SCRUB_INTERVAL_US), profile.tickUs());
    }

    NvmEventLog log() {
        return nvmLog;
    }

    void store(Prescription p) {
        stored = p;
        storedText = String.valueOf(p);
        store.store(storedText);
        prescriptionCorrupt = false;
    }

    private String canonical(Prescription p) {
        return p == stored ? storedText : String.valueOf(p);
    }

    boolean dueAt(long nowUs) {
        return schedule.dueAt(nowUs);
    }

    long nextDueAfter(long nowUs) {
        return schedule.nextDueAfter(nowUs);
    }

    long quietTicks(long nowUs) {
        return schedule.quietTicks(nowUs);
    }

    /**
     * Checks all of memory; logs a MEMORY_ERROR for each newly corrupt record and for a corrupt
     * prescription. Returns true if the prescription was newly found corrupt.
     */
    boolean scrub(Prescription working, long nowUs, EventLog log) {
        for (int slot : nvmLog.scrub()) {
            logErrorUnreported = true;
            log.log(nowUs, EventType.MEMORY_ERROR, slot, "event log record");
        }
        if (!prescriptionCorrupt && !store.holds(canonical(working))) {
            prescriptionCorrupt = true;
            log.log(nowUs, EventType.MEMORY_ERROR, -1, "prescription");
            return true;
        }
        return false;
    }

    /** A programmer has read the log: the corrupt records have been reported. */
    void reported() {
        logErrorUnreported = false;
    }

    /** The cause of the pump memory error alarm. */
    boolean error() {
        return logErrorUnreported || prescriptionCorrupt;
    }

    boolean prescriptionCorrupt() {
        return prescriptionCorrupt;
    }

    void hashInto(StateDigest d) {
        d.section("memory").add(logErrorUnreported).add(prescriptionCorrupt);
        nvmLog.hashInto(d);
    }
}
