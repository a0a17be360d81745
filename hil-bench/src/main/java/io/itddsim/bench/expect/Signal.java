package io.itddsim.bench.expect;

import io.itddsim.sim.firmware.InfusionMode;
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
            "battery_consumed", "battery_consumed_nc", SignalUnit.CHARGE, true, "charge drawn from the battery");

    private final String key;
    private final String jsonName;
    private final SignalUnit unit;
    private final boolean groundTruth;
    private final String meaning;
    private final List<String> states;

    Signal(String key, String jsonName, SignalUnit unit, boolean groundTruth, String meaning, String... states) {
        this.key = key;
        this.jsonName = jsonName;
        this.unit = unit;
        this.groundTruth = groundTruth;
        this.meaning = meaning;
        this.states = List.of(states);
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
        return unit.format(value);
    }
}
