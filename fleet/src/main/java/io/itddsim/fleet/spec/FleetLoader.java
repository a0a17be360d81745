package io.itddsim.fleet.spec;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.YamlMap;
import io.itddsim.bench.scenario.YamlReader;
import io.itddsim.bench.scenario.YamlValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a fleet file (format version 1, docs/FLEET.md) with the scenario format's YAML reader, so
 * every error names the file, line, column and path of the offending entry ({@link ScenarioError})
 * and nothing runs from a file that does not load.
 */
public final class FleetLoader {
    public static final int FORMAT_VERSION = 1;
    private static final Set<String> TOP_KEYS = Set.of("version", "name", "seed", "failure", "mechanisms", "cohorts");
    private static final Set<String> FAILURE_KEYS = Set.of("non_recoverable_after");
    /** [A] DOMAIN.md 4: a stall may come and go; one that has not recovered after a week stays. */
    static final long DEFAULT_NON_RECOVERABLE_AFTER_US = 7 * 86_400_000_000L;

    private FleetLoader() {}

    public static FleetSpec load(Path file) throws ScenarioError {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    public static FleetSpec parse(String fileName, String text) throws ScenarioError {
        YamlValue rootValue = YamlReader.parse(fileName, text);
        if (rootValue.isNull()) {
            throw rootValue.error("the file is empty; expected a fleet with version, seed, mechanisms and cohorts");
        }
        YamlMap root = rootValue.asMap();
        root.allowOnly(TOP_KEYS);
        long version = root.requiredLong("version");
        if (version != FORMAT_VERSION) {
            throw root.required("version").error("expected format version " + FORMAT_VERSION + ", got " + version);
        }
        String name = root.optionalString("name").orElse(fileName);
        long seed = root.requiredLong("seed");
        long nonRecoverable = DEFAULT_NON_RECOVERABLE_AFTER_US;
        if (root.has("failure")) {
            YamlMap failure = root.requiredMap("failure");
            failure.allowOnly(FAILURE_KEYS);
            nonRecoverable = failure.optionalQuantity("non_recoverable_after", QuantityKind.DURATION)
                    .orElse(nonRecoverable);
            if (nonRecoverable <= 0) {
                throw failure.required("non_recoverable_after").error("expected a duration longer than zero");
            }
        }
        List<MechanismSpec> mechanisms = MechanismReader.read(root.requiredMap("mechanisms"));
        Set<String> names = mechanisms.stream().map(MechanismSpec::name).collect(Collectors.toSet());
        List<CohortSpec> cohorts = CohortReader.read(root.requiredList("cohorts"), names);
        return new FleetSpec(name, fileName, seed, nonRecoverable, mechanisms, cohorts);
    }
}
