package io.itddsim.bench.expect;

import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.util.EnumMap;
import java.util.Map;

/** The signals of a model {@link PumpStatus}: all of them, belief and ground truth, and the patient's if it has one. */
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
        status.patient().ifPresent(p -> putPatient(p, v));
        return Sample.of(status.simTimeUs(), v);
    }

    /** The simulated patient's signals, into {@code v}; a state the patient is not followed for is grade 0. */
    public static void putPatient(PatientStatus p, Map<Signal, Long> v) {
        v.put(Signal.PATIENT_CSF, p.csfPgPerMl());
        v.put(Signal.PATIENT_EFFECT_SITE, p.effectSitePgPerMl());
        v.put(Signal.PATIENT_ROSTRAL, p.rostralPgPerMl());
        v.put(Signal.PATIENT_TOLERANCE, p.tolerancePgPerMl());
        v.put(Signal.PATIENT_WITHDRAWAL_DRIVE, p.withdrawalDrivePpm());
        for (Syndrome s : Syndrome.values()) {
            v.put(Signal.of(s), (long) p.grade(s));
        }
    }
}
