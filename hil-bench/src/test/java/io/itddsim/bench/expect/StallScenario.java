package io.itddsim.bench.expect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A short scenario for tests: a morphine pump whose gear train jams for good at 12 h, interrogated
 * at 18 h, run for a day; the expectations are the test's. Line 24 is the first line after
 * {@code expect:}.
 */
public final class StallScenario {
    public static final String PLAN = """
            version: 1
            name: Stall at noon
            seed: 7
            duration: 1d
            pump:
              profile: synchromed2-20ml
            reservoir:
              volume: 18 mL
              drug: morphine
              concentration: 10 mg/mL
            prescription:
              mode: continuous
              dose: 3 mg/day
            timeline:
              - at: 18h
                interrogate: {}
            faults:
              - fault: motor_stall_permanent
                name: jam
                at: 12h
            bench:
              sample_every: 10m
            expect:
            """;

    private StallScenario() {}

    /** The plan with these expectation entries (YAML list items, indented two spaces). */
    public static String with(String expectations) {
        return PLAN + expectations.stripIndent();
    }

    /**
     * The plan with a 70 kg patient on its morphine (docs/PATIENT.md) and these expectations: line
     * 26 is the first line after {@code expect:}. The patient, adapted to 3 mg/day, loses relief
     * after the jam and shows the first withdrawal signs at 18h11m, autonomic signs at 23h7m.
     */
    public static String withPatient(String expectations) {
        return PLAN.replace("bench:\n", "patient:\n  weight: 70 kg\nbench:\n") + expectations.stripIndent();
    }

    /** Writes the plan with a patient and these expectations to {@code dir/name}. */
    public static Path writeWithPatient(Path dir, String name, String expectations) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, withPatient(expectations));
        return file;
    }

    /** Writes it to {@code dir/name} and returns the path. */
    public static Path write(Path dir, String name, String expectations) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, with(expectations));
        return file;
    }
}
