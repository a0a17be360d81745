package io.itddsim.bench.expect;

import io.itddsim.sim.firmware.InfusionMode;
import io.itddsim.sim.patient.Syndrome;
import io.itddsim.sim.status.BatteryIndicator;
import io.itddsim.sim.status.MotorState;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A quantity of the pump status an expectation can check (docs/STATUS.md), with its unit and
 * whether it is ground truth. Ground truth is what the plant really did; only an emulator can
 * report it, so on a target that does not, an expectation about it is "not observable".
 *
 * <p>The simulated patient's quantities (concentrations, the withdrawal drive and each clinical
 * state's grade) are ground truth too, and exist only in a run with a patient.
 *
 * <p>Each signal is named by its short key ({@code reservoir_actual}); the field name of {@code
 * simulate --json} ({@code reservoir_actual_nl}) is accepted too.
 */
public enum Signal {
    PROGRAMMED("programmed", "programmed_nl", SignalUnit.VOLUME, false, "volume the prescription asked for"),
    COMMANDED("commanded", "commanded_nl", SignalUnit.VOLUME, false, "volume of the strokes the firmware commanded"),
    STROKES("strokes", "strokes", SignalUnit.COUNT, false, "strokes the firmware commanded"),
    RESERVOIR_ESTIMATE(
            "reservoir_estimate",
            "reservoir_estimated_nl",
            SignalUnit.VOLUME,
            false,
            "the firmware's reservoir estimate"),
    MOTOR("motor", "motor", SignalUnit.STATE, false, "the motor as the drive sees it", names(MotorState.values())),
    BATTERY_MEASURED(
            "battery_measured", "battery_measured_mv", SignalUnit.VOLTAGE, false, "the battery voltage last measured"),
    BATTERY("battery", "battery", SignalUnit.STATE, false, "the battery indicator", names(BatteryIndicator.values())),
    MODE("mode", "mode", SignalUnit.STATE, false, "the infusion mode in force", names(InfusionMode.values())),
    RESERVOIR_ACTUAL(
            "reservoir_actual", "reservoir_actual_nl", SignalUnit.VOLUME, true, "volume really in the reservoir"),
    INTRATHECAL("intrathecal", "intrathecal_nl", SignalUnit.VOLUME, true, "volume that reached the spinal fluid"),
    ELSEWHERE("elsewhere", "elsewhere_nl", SignalUnit.VOLUME, true, "volume that went anywhere else"),
    INTRATHECAL_DRUG(
            "intrathecal_drug",
            "intrathecal_drug_ug",
            SignalUnit.MASS,
            true,
            "drug mass that reached the spinal fluid"),
    ELSEWHERE_DRUG("elsewhere_drug", "elsewhere_drug_ug", SignalUnit.MASS, true, "drug mass that went elsewhere"),
    BATTERY_RESTING(
            "battery_resting", "battery_resting_mv", SignalUnit.VOLTAGE, true, "battery terminal voltage at rest"),
    BATTERY_CONSUMED(
            "battery_consumed", "battery_consumed_nc", SignalUnit.CHARGE, true, "charge drawn from the battery"),
    PATIENT_CSF(
            "patient_csf",
            "csf_ng_per_ml",
            SignalUnit.CONCENTRATION,
            "the patient's lumbar spinal-fluid concentration",
            null),
    PATIENT_EFFECT_SITE(
            "patient_effect_site",
            "effect_site_ng_per_ml",
            SignalUnit.CONCENTRATION,
            "the patient's effect-site concentration",
            null),
    PATIENT_ROSTRAL(
            "patient_rostral",
            "rostral_ng_per_ml",
            SignalUnit.CONCENTRATION,
            "the patient's rostral (brainstem) concentration",
            null),
    PATIENT_TOLERANCE(
            "patient_tolerance",
            "tolerance_ng_per_ml",
            SignalUnit.CONCENTRATION,
            "the concentration the patient is adapted to",
            null),
    PATIENT_WITHDRAWAL_DRIVE(
            "patient_withdrawal_drive",
            "withdrawal_drive_ppm",
            SignalUnit.SHARE,
            "the patient's withdrawal drive",
            null),
    THERAPEUTIC_EFFECT(
            "therapeutic_effect",
            "therapeutic_effect",
            SignalUnit.GRADE,
            "the patient's relief",
            Syndrome.THERAPEUTIC_EFFECT),
    OPIOID_OVERDOSE(
            "opioid_overdose",
            "opioid_overdose",
            SignalUnit.GRADE,
            "sedation and respiratory depression",
            Syndrome.OPIOID_OVERDOSE),
    OPIOID_WITHDRAWAL(
            "opioid_withdrawal",
            "opioid_withdrawal",
            SignalUnit.GRADE,
            "the opioid withdrawal stage",
            Syndrome.OPIOID_WITHDRAWAL),
    BACLOFEN_WITHDRAWAL(
            "baclofen_withdrawal",
            "baclofen_withdrawal",
            SignalUnit.GRADE,
            "the baclofen withdrawal stage",
            Syndrome.BACLOFEN_WITHDRAWAL);

    private final String key;
    private final String jsonName;
    private final SignalUnit unit;
    private final boolean groundTruth;
    private final String meaning;
    private final List<String> states;
    private final boolean patient;
    private final Syndrome syndrome;

    Signal(String key, String jsonName, SignalUnit unit, boolean groundTruth, String meaning, String... states) {
        this.key = key;
        this.jsonName = jsonName;
        this.unit = unit;
        this.groundTruth = groundTruth;
        this.meaning = meaning;
        this.states = List.of(states);
        this.patient = false;
        this.syndrome = null;
    }

    /** A quantity of the simulated patient (docs/PATIENT.md): ground truth, present only in a run with a patient. */
    Signal(String key, String jsonName, SignalUnit unit, String meaning, Syndrome syndrome) {
        this.key = key;
        this.jsonName = jsonName;
        this.unit = unit;
        this.groundTruth = true;
        this.meaning = meaning;
        this.states = List.of();
        this.patient = true;
        this.syndrome = syndrome;
    }

    /** The grade signal of a clinical state. */
    public static Signal of(Syndrome syndrome) {
        for (Signal s : values()) {
            if (s.syndrome == syndrome) {
                return s;
            }
        }
        throw new IllegalArgumentException("no signal for " + syndrome);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    /** The signal a scenario names by its key or its JSON field name, or null. */
    public static Signal byName(String name) {
        for (Signal s : values()) {
            if (s.key.equals(name) || s.jsonName.equals(name)) {
                return s;
            }
        }
        return null;
    }

    public String key() {
        return key;
    }

    public SignalUnit unit() {
        return unit;
    }

    /** True for the plant's ground truth, which a real pump cannot report. */
    public boolean groundTruth() {
        return groundTruth;
    }

    /** True for the simulated patient's quantities, which only a run with a {@code patient:} section has. */
    public boolean patient() {
        return patient;
    }

    /** For a grade signal, its clinical state; null otherwise. */
    public Syndrome syndrome() {
        return syndrome;
    }

    public String meaning() {
        return meaning;
    }

    /** For a state signal, its state names; the value is the index. Empty otherwise. */
    public List<String> states() {
        return states;
    }

    /** The value of a state name (case-insensitive), or -1. */
    public int stateIndex(String name) {
        return states.indexOf(name.toUpperCase(Locale.ROOT));
    }

    /** A value as evidence shows it: a state's name, or the quantity with its unit. */
    public String format(long value) {
        if (unit == SignalUnit.STATE) {
            return value >= 0 && value < states.size() ? states.get((int) value) : "unknown (" + value + ")";
        }
        if (syndrome != null && value >= 0 && value <= syndrome.maxGrade()) {
            return unit.format(value) + " (" + syndrome.signs((int) value) + ")";
        }
        return unit.format(value);
    }
}
