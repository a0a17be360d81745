package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.ActiveAlarm;
import io.itddsim.proto.v1.BatteryState;
import io.itddsim.proto.v1.BatteryStatus;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.InterrogationReport;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.nvm.NvmRecord;
import java.util.List;

/**
 * The wire form of the pump's own interrogation report: what the firmware believes and what its
 * non-volatile memory holds (a corrupt record stays in its place, marked), never the plant's
 * ground truth.
 */
public final class InterrogationReports {

    /**
     * Most log entries one report carries, whatever the client asks: a full page stays well under
     * the maximum envelope (an entry is about 40 bytes plus its detail text).
     */
    public static final int MAX_LOG_ENTRIES_PER_REPORT = 256;

    /**
     * Bytes of log entries one report carries at most: long refusal messages in the detail text
     * could otherwise push 256 entries past the 64 KiB envelope limit. The page ends early instead
     * (the client pages on from the last index it got).
     */
    static final int MAX_LOG_BYTES_PER_REPORT = 48 * 1024;

    private InterrogationReports() {}

    /**
     * @param report      the model's report
     * @param alarms      the alarm settings in force (the low-reservoir level travels in the prescription)
     * @param eventLog    the firmware's event log, for the detail text of intact records
     * @param nextIndex   the index the next log entry will get
     */
    public static InterrogationReport of(
            io.itddsim.sim.firmware.InterrogationReport report,
            AlarmSettings alarms,
            List<PumpEvent> eventLog,
            long nextIndex,
            Interrogate request) {
        InterrogationReport.Builder wire = InterrogationReport.newBuilder()
                .setPrescription(PrescriptionMapping.toWire(report.prescription(), alarms))
                .setReservoirEstimateNl(report.reservoirEstimateNl())
                .setBattery(battery(report, eventLog))
                .setLogNextIndex(nextIndex);
        for (io.itddsim.sim.alarm.ActiveAlarm alarm : report.alarms()) {
            wire.addActiveAlarms(ActiveAlarm.newBuilder()
                    .setCode(AlarmMapping.code(alarm.type()))
                    .setSeverity(AlarmMapping.severity(alarm.severity()))
                    .setRaisedAtUs(alarm.raisedUs())
                    .setAcknowledged(alarm.state() == AlarmState.ACKNOWLEDGED)
                    .setLatched(alarm.state() == AlarmState.LATCHED));
        }
        addLogPage(wire, report.log(), eventLog, request);
        return wire.build();
    }

    private static void addLogPage(
            InterrogationReport.Builder wire, List<NvmRecord> records, List<PumpEvent> eventLog, Interrogate request) {
        // a uint64 index over 2^63-1 arrives negative: it is past the end of any log
        long from = request.getLogFromIndex() < 0 ? Long.MAX_VALUE : request.getLogFromIndex();
        long count = Math.min(Integer.toUnsignedLong(request.getLogMaxEntries()), MAX_LOG_ENTRIES_PER_REPORT);
        long firstIndex = firstIndex(records);
        int bytes = 0;
        for (int i = 0; i < records.size() && wire.getLogEntriesCount() < count; i++) {
            long index = firstIndex + i;
            if (index >= from) {
                EventLogEntry entry = entry(index, records.get(i), eventLog);
                bytes += entry.getSerializedSize() + 3;
                if (bytes > MAX_LOG_BYTES_PER_REPORT) {
                    return;
                }
                wire.addLogEntries(entry);
            }
        }
    }

    /**
     * The log index of the first record. Records are consecutive (oldest first, corrupt ones in
     * their place); an intact record carries its write sequence, which is its index plus one.
     */
    private static long firstIndex(List<NvmRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).corrupt()) {
                return records.get(i).sequence() - 1 - i;
            }
        }
        return 0;
    }

    private static EventLogEntry entry(long index, NvmRecord record, List<PumpEvent> eventLog) {
        if (record.corrupt()) {
            return EventLogEntry.newBuilder()
                    .setIndex(index)
                    .setCorrupt(true)
                    .setDetail("record in memory slot " + record.slot() + " failed its CRC")
                    .build();
        }
        // the stored record has time, type and value; the detail text is the firmware's, for people
        if (index < eventLog.size() && eventLog.get((int) index).type() == record.type()) {
            PumpEvent event = eventLog.get((int) index);
            return EventMapping.entry(
                    index, new PumpEvent(record.timeUs(), record.type(), record.value(), event.detail()));
        }
        return EventMapping.entry(index, new PumpEvent(record.timeUs(), record.type(), record.value(), ""));
    }

    private static BatteryStatus battery(io.itddsim.sim.firmware.InterrogationReport report, List<PumpEvent> eventLog) {
        BatteryStatus.Builder battery = BatteryStatus.newBuilder()
                .setVoltageMv(StatusSamples.clampToUint32(report.batteryMv()))
                .setState(
                        report.eos()
                                ? BatteryState.BATTERY_STATE_EOS
                                : report.eri() ? BatteryState.BATTERY_STATE_ERI : BatteryState.BATTERY_STATE_OK);
        for (PumpEvent event : eventLog) {
            if (event.type() == EventType.BATTERY_ERI) {
                battery.setEriAtUs(event.timeUs());
                break;
            }
        }
        return battery.build();
    }
}
