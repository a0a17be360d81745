package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.BatteryState;
import io.itddsim.proto.v1.MotorState;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.sim.alarm.ActiveAlarm;
import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.util.ArrayList;
import java.util.List;

/** Turns the model's {@link PumpStatus} into a wire status sample: cumulative totals, never rates. */
public final class StatusSamples {

    private StatusSamples() {}

    /**
     * @param linkFaults catalogue names of the link faults armed now; the model's own active faults
     *     come from the status and are listed first
     */
    public static StatusSample of(PumpStatus status, List<String> linkFaults) {
        FirmwareBelief belief = status.belief();
        PlantTruth truth = status.truth();
        StatusSample.Builder sample = StatusSample.newBuilder()
                .setProgrammedNl(belief.programmedNl())
                .setCommandedNl(belief.commandedNl())
                .setIntrathecalNl(truth.intrathecalNl())
                .setElsewhereNl(truth.elsewhereNl())
                .setReservoirActualNl(truth.reservoirActualNl())
                .setMotorStrokes(belief.strokes())
                .setMotorState(motorState(belief.motor()))
                .setReservoirEstimateNl(belief.reservoirEstimatedNl())
                .setBatteryMv(clampToUint32(belief.batteryMeasuredMv()))
                .setBatteryState(batteryState(belief))
                .addAllActiveAlarms(activeAlarms(status.activeAlarms()))
                .addAllActiveFaults(status.activeFaults())
                .addAllActiveFaults(linkFaults);
        status.patient().ifPresent(p -> sample.setPatient(PatientSamples.of(p))); // bench sessions only
        return sample.build();
    }

    private static List<AlarmCode> activeAlarms(List<ActiveAlarm> active) {
        List<AlarmCode> codes = new ArrayList<>(active.size());
        for (ActiveAlarm alarm : active) {
            codes.add(AlarmMapping.code(alarm.type()));
        }
        return codes;
    }

    private static MotorState motorState(io.itddsim.sim.status.MotorState motor) {
        return switch (motor) {
            case STALLED -> MotorState.MOTOR_STATE_STALLED;
            case DRIVING -> MotorState.MOTOR_STATE_DRIVING;
            case IDLE -> MotorState.MOTOR_STATE_IDLE;
        };
    }

    private static BatteryState batteryState(FirmwareBelief belief) {
        return switch (belief.battery()) {
            case EOS -> BatteryState.BATTERY_STATE_EOS;
            case ERI -> BatteryState.BATTERY_STATE_ERI;
            case OK -> BatteryState.BATTERY_STATE_OK;
        };
    }

    static int clampToUint32(long value) {
        return (int) Math.max(0, Math.min(value, 0xFFFF_FFFFL));
    }
}
