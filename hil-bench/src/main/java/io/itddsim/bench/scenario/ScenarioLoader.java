package io.itddsim.bench.scenario;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PrescriptionRules;
import io.itddsim.sim.profile.PumpProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file (format version 1, described in docs/SCENARIOS.md) into a {@link RunPlan}.
 * Every error names the file, the line and what was expected; nothing is run from a file that
 * does not load. Timeline commands are checked for form here and for clinical limits by the pump
 * itself when they are applied, so a scenario can deliberately send a command the pump refuses.
 */
public final class ScenarioLoader {
    public static final int FORMAT_VERSION = 1;

    private static final Set<String> TOP_KEYS = Set.of(
            "version",
            "name",
            "description",
            "seed",
            "duration",
            "pump",
            "reservoir",
            "catheter",
            "prescription",
            "alarms",
            "timeline",
            "faults",
            "patient",
            // read by the bench (io.itddsim.bench.expect.BenchScenarioLoader); a plain run ignores them
            "expect",
            "bench");
    private static final Set<String> RESERVOIR_KEYS = Set.of("volume", "drug", "concentration", "entered_volume");
    private static final Set<String> CATHETER_KEYS = Set.of("primed");

    private ScenarioLoader() {}

    /**
     * The longest run a scenario may ask for: 15 years (5479 days). No pump runs that long: with the
     * default battery even a stopped pump reaches end of service within about 12 years, and the
     * design life is 7 years (DOMAIN.md 1). A longer duration is a slip (days for hours), and would
     * keep the bench busy for nothing.
     */
    public static final long MAX_DURATION_US = 5_479L * 86_400_000_000L;

    public static RunPlan load(Path file) throws ScenarioError {
        return parse(file.toString(), ScenarioText.read(file));
    }

    public static RunPlan parse(String fileName, String text) throws ScenarioError {
        YamlValue rootValue = YamlReader.parse(fileName, text);
        if (rootValue.isNull()) {
            throw rootValue.error(
                    "the file is empty; expected a scenario with version, pump, reservoir, prescription and duration");
        }
        YamlMap root = rootValue.asMap();
        root.allowOnly(TOP_KEYS);
        long version = root.requiredLong("version");
        if (version != FORMAT_VERSION) {
            throw root.required("version").error("expected format version " + FORMAT_VERSION + ", got " + version);
        }
        String name = root.optionalString("name").orElse(fileName);
        long seed = root.optionalLong("seed").orElse(1);
        long durationUs = root.requiredQuantity("duration", QuantityKind.DURATION);
        if (durationUs <= 0) {
            throw root.required("duration").error("expected a duration longer than zero");
        }
        if (durationUs > MAX_DURATION_US) {
            throw root.required("duration")
                    .error("expected at most " + QuantityFormat.duration(MAX_DURATION_US) + " (15 years), got "
                            + QuantityFormat.duration(durationUs) + ": longer than any pump runs");
        }

        PumpSection pump = PumpSection.read(root.requiredMap("pump"));
        PumpProfile profile = pump.profile();

        YamlMap reservoir = root.requiredMap("reservoir");
        reservoir.allowOnly(RESERVOIR_KEYS);
        long volumeNl = reservoir.requiredQuantity("volume", QuantityKind.VOLUME);
        String drug = reservoir.requiredString("drug");
        long concentration = reservoir.requiredQuantity("concentration", QuantityKind.CONCENTRATION);
        long enteredNl = reservoir
                .optionalQuantity("entered_volume", QuantityKind.VOLUME)
                .orElse(volumeNl);

        boolean primed = true;
        var catheter = root.optionalMap("catheter");
        if (catheter.isPresent()) {
            catheter.get().allowOnly(CATHETER_KEYS);
            primed = catheter.get().optionalBoolean("primed").orElse(true);
        }

        YamlMap rxNode = root.requiredMap("prescription");
        Prescription rx = PrescriptionReader.read(rxNode, drug, concentration);
        try {
            new PrescriptionRules(profile).check(rx);
        } catch (SimInputException e) {
            throw at(rxNode, e.field()).error(e);
        }

        AlarmSettings alarms = AlarmSettings.defaults(profile);
        var alarmsNode = root.optionalMap("alarms");
        if (alarmsNode.isPresent()) {
            alarms = AlarmSettingsReader.read(alarmsNode.get(), alarms);
            try {
                alarms.check(profile);
            } catch (SimInputException e) {
                throw at(alarmsNode.get(), e.field()).error(e);
            }
        }

        SimulationSetup setup;
        try {
            setup = new SimulationSetup(
                    profile,
                    seed,
                    volumeNl,
                    concentration,
                    enteredNl,
                    primed,
                    rx,
                    pump.batteryDepthOfDischargePpm(),
                    pump.startTimeOfDayUs(),
                    alarms);
        } catch (SimInputException e) {
            // what the setup checks is in the reservoir section, or else in the pump section (the clock)
            throw e.field().startsWith("reservoir.")
                    ? at(reservoir, e.field()).error(e)
                    : root.required("pump").error(e);
        }
        var patientNode = root.optionalMap("patient");
        if (patientNode.isPresent()) {
            // the patient downstream of the catheter tip (docs/PATIENT.md); none without the section
            setup = setup.withPatient(PatientSectionReader.read(patientNode.get(), drug, profile));
        }
        List<TimedCommand> timeline = new ArrayList<>();
        if (root.has("timeline")) {
            timeline = new TimelineReader(drug, concentration, durationUs, alarms).read(root.requiredList("timeline"));
        }
        // faults (docs/FAULTS.md): armed at the start, each acting on its own schedule
        List<FaultSpec> faults = root.has("faults")
                ? new FaultSectionReader(profile, drug, durationUs).read(root.requiredList("faults"))
                : List.of();
        return new RunPlan(name, fileName, setup, durationUs, timeline, faults);
    }

    /** The node a model error's field names (its last part; a rate may come from a dose), else the map's first. */
    private static YamlValue at(YamlMap map, String field) throws ScenarioError {
        String key = field.substring(field.lastIndexOf('.') + 1);
        if (map.has(key)) {
            return map.required(key);
        }
        if (key.equals("rate") && map.has("dose")) {
            return map.required("dose");
        }
        return map.required(map.keys().get(0));
    }
}
