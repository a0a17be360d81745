package io.itddsim.bench.suite;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.scenario.ScenarioError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the command line's FILES_OR_DIRS into suites: a directory is a suite of its {@code .yaml}
 * files (and each directory under it one more); a file joins the suite of its directory. Every
 * file is loaded before anything runs, and every error is collected, so one run of the command
 * lists them all.
 */
public final class SuiteLoader {

    /** The suites, or the errors that stop the run (bad input: exit 2). */
    public record Loaded(List<Suite> suites, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }

        public int scenarioCount() {
            return suites.stream().mapToInt(s -> s.scenarios().size()).sum();
        }
    }

    private final BenchScenarioLoader loader;

    public SuiteLoader(BenchScenarioLoader loader) {
        this.loader = loader;
    }

    public Loaded load(List<Path> inputs) {
        Map<String, List<BenchScenario>> bySuite = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> dirs = directories(input, errors);
                boolean any = false;
                for (Path dir : dirs) {
                    List<Path> files = yamlFiles(dir, errors);
                    any |= !files.isEmpty();
                    for (Path file : files) {
                        add(bySuite, suiteName(dir), file, errors);
                    }
                }
                if (!any) {
                    errors.add(input + ": no scenario files (*.yaml, *.yml) in this directory");
                }
            } else if (Files.isRegularFile(input)) {
                Path parent = input.getParent();
                add(bySuite, parent == null ? "." : suiteName(parent), input, errors);
            } else {
                errors.add(input + ": no such file or directory");
            }
        }
        List<Suite> suites = new ArrayList<>();
        bySuite.forEach((name, scenarios) -> suites.add(new Suite(name, scenarios)));
        return new Loaded(suites, errors);
    }

    private void add(Map<String, List<BenchScenario>> bySuite, String suite, Path file, List<String> errors) {
        List<BenchScenario> scenarios = bySuite.computeIfAbsent(suite, k -> new ArrayList<>());
        for (BenchScenario s : scenarios) {
            if (s.file().normalize().equals(file.normalize())) {
                return; // named twice (a file and its directory): run once
            }
        }
        try {
            scenarios.add(loader.load(file));
        } catch (ScenarioError e) {
            errors.add(e.getMessage());
        }
    }

    private static String suiteName(Path dir) {
        String name = dir.normalize().toString().replace('\\', '/');
        return name.isEmpty() ? "." : name;
    }

    private static List<Path> directories(Path root, List<String> errors) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            errors.add(root + ": cannot list: " + e.getMessage());
            return List.of();
        }
    }

    private static List<Path> yamlFiles(Path dir, List<String> errors) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            errors.add(dir + ": cannot list: " + e.getMessage());
            return List.of();
        }
    }
}
