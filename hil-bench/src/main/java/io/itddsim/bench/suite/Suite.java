package io.itddsim.bench.suite;

import io.itddsim.bench.expect.BenchScenario;
import java.util.List;

/**
 * Scenarios run and reported together: the scenario files of one directory (a directory given on
 * the command line is a suite, and so is each directory under it), named by its path.
 *
 * @param name      the directory as the user named it ("scenarios/faults")
 * @param scenarios its scenarios, by file name
 */
public record Suite(String name, List<BenchScenario> scenarios) {
    public Suite {
        scenarios = List.copyOf(scenarios);
    }
}
