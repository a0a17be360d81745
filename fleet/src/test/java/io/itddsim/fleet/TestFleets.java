package io.itddsim.fleet;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.fleet.spec.FleetLoader;
import io.itddsim.fleet.spec.FleetSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The fleet files the tests use: a tiny one from the test resources, and the bundled ones. */
public final class TestFleets {
    private TestFleets() {}

    /** 9 pumps over 20 to 30 days, with failures likely: seconds to run. */
    public static FleetSpec tiny() {
        return parse("fleets/tiny.yaml", resource("fleets/tiny.yaml"));
    }

    public static String resource(String name) {
        try (InputStream in = TestFleets.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    public static FleetSpec parse(String name, String text) {
        try {
            return FleetLoader.parse(name, text);
        } catch (ScenarioError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A file of the repository's fleets/ folder (tests run in the module's folder). */
    public static Path bundled(String name) {
        return Path.of("..", "fleets", name);
    }

    public static FleetSpec load(Path file) {
        try {
            return FleetLoader.load(file);
        } catch (ScenarioError e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
