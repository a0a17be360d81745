package io.itddsim.wire.model;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.BatteryState;
import io.itddsim.proto.v1.MotorState;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.plant.DrugLedger;
import java.util.ArrayList;
import java.util.List;

/** Reads a status sample off the live simulator: cumulative totals, never rates. */
public final class StatusSamples {

  private StatusSamples() {}

  /**
   * @param activeFaults catalogue names of the faults armed now (model and link faults)
   */
  public static StatusSample of(PumpSimulator sim, List<String> activeFaults) {
    Firmware firmware = sim.firmware();
    DrugLedger ledger = sim.plant().ledger();
    return StatusSample.newBuilder()
        .setProgrammedNl(firmware.programmedNl())
        .setCommandedNl(firmware.commandedNl())
        // what left the pump's catheter, wherever it went (ground truth)
        .setDeliveredNl(ledger.intrathecalNl() + ledger.elsewhereNl())
        .setMotorStrokes(firmware.strokesCommanded())
        .setMotorState(motorState(firmware))
        .setReservoirEstimateNl(firmware.reservoirEstimateNl())
        .setBatteryMv(clampToUint32(firmware.lastBatteryMv()))
        .setBatteryState(batteryState(firmware))
        .addAllActiveAlarms(activeAlarms(firmware))
        .addAllActiveFaults(activeFaults)
        .build();
  }

  private static List<AlarmCode> activeAlarms(Firmware firmware) {
    List<io.itddsim.sim.alarm.ActiveAlarm> active = firmware.alarms().active();
    if (active.isEmpty()) {
      return List.of();
    }
    List<AlarmCode> codes = new ArrayList<>(active.size());
    for (io.itddsim.sim.alarm.ActiveAlarm alarm : active) {
      codes.add(AlarmMapping.code(alarm.type()));
    }
    return codes;
  }

  public static MotorState motorState(Firmware firmware) {
    if (firmware.stallDetected()) {
      return MotorState.MOTOR_STATE_STALLED;
    }
    return firmware.motorRunning() ? MotorState.MOTOR_STATE_DRIVING : MotorState.MOTOR_STATE_IDLE;
  }

  public static BatteryState batteryState(Firmware firmware) {
    if (firmware.eos()) {
      return BatteryState.BATTERY_STATE_EOS;
    }
    return firmware.eri() ? BatteryState.BATTERY_STATE_ERI : BatteryState.BATTERY_STATE_OK;
  }

  static int clampToUint32(long value) {
    return (int) Math.max(0, Math.min(value, 0xFFFF_FFFFL));
  }
}
