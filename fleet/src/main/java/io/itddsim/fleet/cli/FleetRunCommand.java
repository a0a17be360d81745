package io.itddsim.fleet.cli;

import io.itddsim.fleet.engine.FleetEngine;
import io.itddsim.fleet.engine.Progress;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.report.HtmlReport;
import io.itddsim.fleet.report.JsonReport;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.study.FleetAggregator;
import io.itddsim.fleet.study.FleetResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itdd fleet run FLEET.yaml}: runs every pump of a study on the emulator, on an embedded
 * Hazelcast member (or an existing cluster), and prints how the study compares with the field;
 * {@code --json} and {@code --html} write the full result and the report.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a fleet study and compare it with the field's figures.")
final class FleetRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLEET", description = "Fleet file (YAML), e.g. fleets/sample.yaml")
    Path file;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Write the result (aggregates and every pump) as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
    Path html;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "Pumps run at once on each member (default: the number of processors).")
    Integer workers;

    @Option(
            names = "--cluster",
            paramLabel = "CLIENT.yaml",
            description = "Run on an existing Hazelcast cluster, as its client (a Hazelcast client config file).")
    Path cluster;

    @Option(
            names = "--first",
            paramLabel = "N",
            description = "Run only the study's first N pumps (ids 0 to N-1), exactly as the whole study runs them.")
    Integer first;

    @Option(names = "--hz-cli", description = "Run on the cluster of `hz-cli submit` (only under hz-cli).")
    boolean hzCli;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetSpec study = FleetMain.loadOrExplain(file, err);
        if (study == null) {
            return FleetMain.EXIT_BAD_INPUT;
        }
        int perMember = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        if (perMember < 1) {
            err.println("--workers: expected at least 1, got " + perMember);
            err.flush();
            return FleetMain.EXIT_BAD_INPUT;
        }
        int count = first == null ? study.size() : first;
        if (count < 1 || count > study.size()) {
            err.println("--first: expected 1 to " + study.size() + " (the study's pumps), got " + count);
            err.flush();
            return FleetMain.EXIT_BAD_INPUT;
        }
        if (cluster != null && hzCli) {
            err.println("--cluster and --hz-cli: choose one");
            err.flush();
            return FleetMain.EXIT_BAD_INPUT;
        }
        long start = System.nanoTime();
        List<PumpOutcome> outcomes;
        int members;
        try (FleetEngine engine = engine()) {
            members = engine.members();
            Progress bar = TerminalBar.forConsole();
            outcomes = engine.run(study, count, perMember, bar);
        } catch (RuntimeException e) {
            // a pump the emulator refused, a lost cluster: say so; the fleet file loaded, so not bad input
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            err.println("the study stopped: " + cause.getMessage());
            err.flush();
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        FleetResult result = FleetAggregator.aggregate(study, outcomes);
        if (json != null) {
            Files.writeString(json, JsonReport.render(result, outcomes));
        }
        if (html != null) {
            Files.writeString(html, HtmlReport.render(result));
        }
        out.print(TextSummary.render(result));
        out.printf(
                java.util.Locale.ROOT,
                "Ran %d pumps in %.1f s on %d member(s) x %d worker(s): %.2f pumps/s%n",
                outcomes.size(),
                seconds,
                members,
                perMember,
                outcomes.size() / seconds);
        out.flush();
        return 0;
    }

    private FleetEngine engine() throws IOException {
        if (cluster != null) {
            return FleetEngine.client(cluster);
        }
        if (hzCli) {
            return FleetEngine.bootstrapped();
        }
        return FleetEngine.embedded();
    }
}
