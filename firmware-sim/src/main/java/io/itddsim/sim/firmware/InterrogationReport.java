package io.itddsim.sim.firmware;

import io.itddsim.sim.alarm.ActiveAlarm;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.nvm.NvmRecord;
import java.util.List;

/**
 * What a programmer reads from the pump (DOMAIN.md 6): the prescription, the calculated reservoir
 * volume, the alarms as they were when the session began, battery status and the event log from
 * non-volatile memory (corrupt records marked, in their place).
 */
public record InterrogationReport(
        long timeUs,
        Prescription prescription,
        InfusionMode mode,
        long reservoirEstimateNl,
        AlarmSettings alarmSettings,
        List<ActiveAlarm> alarms,
        long batteryMv,
        boolean eri,
        boolean eos,
        List<NvmRecord> log)
        implements java.io.Serializable {

    public InterrogationReport {
        alarms = List.copyOf(alarms);
        log = List.copyOf(log);
    }
}
