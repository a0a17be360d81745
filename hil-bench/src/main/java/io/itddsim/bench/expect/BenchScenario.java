package io.itddsim.bench.expect;

import io.itddsim.sim.engine.RunPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as the bench runs it: the run plan every runner takes, the expectations beside it,
 * and the sim time between the status samples expectations and plots read.
 *
 * @param file             the scenario file as the user named it
 * @param text             the file's text (a target that loads scenarios is sent it)
 * @param plan             what to run
 * @param expectations     what must follow, in file order
 * @param sampleIntervalUs status samples every this much sim time, from 0
 */
public record BenchScenario(
        Path file, String text, RunPlan plan, List<Expectation> expectations, long sampleIntervalUs) {
    public BenchScenario {
        expectations = List.copyOf(expectations);
    }

    /** The file name without its directory: how reports and JUnit name the scenario. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
