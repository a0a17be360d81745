package io.itddsim.bench.cli;

import io.itddsim.bench.run.JsonReport;
import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.bench.run.TextReport;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.engine.RunPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itdd simulate FILE}: runs a scenario on an embedded pump and reports the outcome. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Run a scenario file on an embedded pump and print a summary (or JSON).")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Scenario file (YAML), e.g. scenarios/continuous-morphine.yaml")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, replacing the scenario's own.")
    Long seed;

    @Option(names = "--no-fast-forward", description = "Step every tick (slow; the result is identical).")
    boolean noFastForward;

    @Option(names = "--json", description = "Print one JSON object instead of the summary.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunPlan scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioError e) {
            err.println(e.getMessage());
            err.flush();
            return ItddCommand.EXIT_BAD_INPUT;
        }
        RunOptions options =
                new RunOptions(seed == null ? OptionalLong.empty() : OptionalLong.of(seed), !noFastForward);
        RunResult result = ScenarioRunner.run(scenario, options, TerminalProgress.forConsole());
        out.print(json ? JsonReport.render(result) + System.lineSeparator() : TextReport.render(result));
        out.flush();
        return 0;
    }
}
