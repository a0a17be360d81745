package io.itddsim.wire.model;

import io.itddsim.proto.v1.BatteryStatus;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.InterrogationReport;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Firmware;
import java.util.List;

/**
 * What a programmer reads from the pump, built from the firmware's own view (never the plant's
 * ground truth: an interrogation shows what the pump believes).
 */
public final class InterrogationReports {

  /**
   * Most log entries one report carries, whatever the client asks: a full page stays well under
   * the maximum envelope (an entry is about 40 bytes plus its detail text).
   */
  public static final int MAX_LOG_ENTRIES_PER_REPORT = 256;

  private InterrogationReports() {}

  public static InterrogationReport of(PumpSimulator sim, Interrogate request) {
    Firmware firmware = sim.firmware();
    List<PumpEvent> log = firmware.eventLog().events();
    InterrogationReport.Builder report =
        InterrogationReport.newBuilder()
            .setPrescription(PrescriptionMapping.toWire(firmware.prescription()))
            .setReservoirEstimateNl(firmware.reservoirEstimateNl())
            .setBattery(battery(firmware, log))
            .setLogNextIndex(log.size());
    // a uint64 index over 2^63-1 arrives negative: it is past the end of any log
    long from = request.getLogFromIndex() < 0 ? Long.MAX_VALUE : request.getLogFromIndex();
    long count = Math.min(Integer.toUnsignedLong(request.getLogMaxEntries()), MAX_LOG_ENTRIES_PER_REPORT);
    for (long index = from; index < log.size() && index - from < count; index++) {
      report.addLogEntries(EventMapping.entry(index, log.get((int) index)));
    }
    return report.build();
  }

  private static BatteryStatus battery(Firmware firmware, List<PumpEvent> log) {
    BatteryStatus.Builder battery =
        BatteryStatus.newBuilder()
            .setVoltageMv(StatusSamples.clampToUint32(firmware.lastBatteryMv()))
            .setState(StatusSamples.batteryState(firmware));
    for (PumpEvent event : log) {
      if (event.type() == EventType.BATTERY_ERI) {
        battery.setEriAtUs(event.timeUs());
        break;
      }
    }
    return battery.build();
  }
}
