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
import java.io.IOException;
import java.nio.file.Files;
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
            "faults");
    private static final Set<String> RESERVOIR_KEYS = Set.of("volume", "drug", "concentration", "entered_volume");
    private static final Set<String> CATHETER_KEYS = Set.of("primed");

    private ScenarioLoader() {}

    public static RunPlan load(Path file) throws ScenarioError {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
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
            throw at(rxNode, e.field()).error(e.getMessage());
        }

        AlarmSettings alarms = AlarmSettings.defaults(profile);
        var alarmsNode = root.optionalMap("alarms");
        if (alarmsNode.isPresent()) {
            alarms = AlarmSettingsReader.read(alarmsNode.get(), alarms);
            try {
                alarms.check(profile);
            } catch (SimInputException e) {
                throw at(alarmsNode.get(), e.field()).error(e.getMessage());
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
            throw reservoir.error(e.getMessage());
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
