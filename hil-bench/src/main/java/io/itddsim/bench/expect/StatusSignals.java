package io.itddsim.bench.expect;

import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.util.EnumMap;
import java.util.Map;

/** The signals of a model {@link PumpStatus}: all of them, belief and ground truth. */
public final class StatusSignals {
    private StatusSignals() {}

    public static Sample sample(PumpStatus status) {
        FirmwareBelief b = status.belief();
        PlantTruth t = status.truth();
        Map<Signal, Long> v = new EnumMap<>(Signal.class);
        v.put(Signal.PROGRAMMED, b.programmedNl());
        v.put(Signal.COMMANDED, b.commandedNl());
        v.put(Signal.STROKES, b.strokes());
        v.put(Signal.RESERVOIR_ESTIMATE, b.reservoirEstimatedNl());
        v.put(Signal.MOTOR, (long) b.motor().ordinal());
        v.put(Signal.BATTERY_MEASURED, b.batteryMeasuredMv());
        v.put(Signal.BATTERY, (long) b.battery().ordinal());
        v.put(Signal.MODE, (long) b.mode().ordinal());
        v.put(Signal.RESERVOIR_ACTUAL, t.reservoirActualNl());
        v.put(Signal.INTRATHECAL, t.intrathecalNl());
        v.put(Signal.ELSEWHERE, t.elsewhereNl());
        v.put(Signal.INTRATHECAL_DRUG, t.intrathecalDrugPg());
        v.put(Signal.ELSEWHERE_DRUG, t.elsewhereDrugPg());
        v.put(Signal.BATTERY_RESTING, t.batteryRestingMv());
        v.put(Signal.BATTERY_CONSUMED, t.batteryConsumedNc());
        return Sample.of(status.simTimeUs(), v);
    }
}
