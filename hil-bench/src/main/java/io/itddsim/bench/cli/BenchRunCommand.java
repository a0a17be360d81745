package io.itddsim.bench.cli;

import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.record.RecordingFiles;
import io.itddsim.bench.report.HtmlReport;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.run.Target;
import io.itddsim.bench.suite.BenchResult;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ConsoleSummary;
import io.itddsim.bench.suite.JUnitXml;
import io.itddsim.bench.suite.SuiteLoader;
import io.itddsim.bench.target.FrameTap;
import io.itddsim.bench.target.TargetSpec;
import io.itddsim.bench.target.WireRequests;
import io.itddsim.bench.target.WireTarget;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itdd bench run FILES_OR_DIRS...}: runs scenarios with expectations on a target, prints a
 * summary, and writes JUnit XML and an HTML report. Exit 0 when every expectation passed, 1 when
 * any failed or a scenario could not run, 2 for bad input (nothing is run then).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run scenario files (a directory is a suite) on a target and check their expectations.",
            "Exit status: 0 all passed, 1 an expectation failed or a scenario could not run, 2 bad input."
        })
final class BenchRunCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILES_OR_DIRS", description = "Scenario files, or directories of them.")
    List<Path> inputs;

    @Option(
            names = "--target",
            paramLabel = "TARGET",
            defaultValue = EmbeddedTarget.NAME,
            description = "embedded (default), tcp://HOST:PORT or serial:DEVICE[?baud=N].")
    String target;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML here.")
    Path junit;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report here.")
    Path html;

    @Option(
            names = "--record",
            paramLabel = "DIR",
            description = "Record every frame of each scenario's run, both ways, into DIR (tcp:// and serial: targets);"
                    + " itdd bench replay checks a recording.")
    Path record;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            defaultValue = "1",
            description = "Scenarios run at once on the embedded target (default ${DEFAULT-VALUE}).")
    int jobs;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            defaultValue = "itdd-credentials.yaml",
            description = "Credentials file with a key for the bench role, for tcp:// and serial: targets"
                    + " (default ${DEFAULT-VALUE}).")
    Path keyFile;

    @Option(
            names = "--key-id",
            paramLabel = "ID",
            description = "Which key of the file (default: the first that may take the bench role).")
    String keyId;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show the evidence of passed expectations too.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            return badInput(err, "--jobs: expected at least 1, got " + jobs);
        }
        SuiteLoader.Loaded loaded = new SuiteLoader(BenchScenarioLoader.builtIn()).load(inputs);
        if (!loaded.ok()) {
            for (String e : loaded.errors()) {
                err.println(e);
            }
            err.flush();
            return ItddCommand.EXIT_BAD_INPUT;
        }
        TargetSpec spec;
        try {
            spec = TargetSpec.parse(target);
        } catch (IllegalArgumentException e) {
            return badInput(err, "--target " + e.getMessage());
        }
        Target chosen;
        if (!spec.wire()) {
            if (record != null) {
                return badInput(
                        err,
                        "--record records the frames a bench exchanges with a pump, and the embedded target has none;"
                                + " run the emulator as a pump (itdd pump) and use --target tcp://...");
            }
            chosen = new EmbeddedTarget();
        } else {
            List<String> unsendable = new ArrayList<>();
            loaded.suites()
                    .forEach(suite ->
                            suite.scenarios().forEach(s -> unsendable.addAll(WireRequests.problems(s.plan()))));
            if (!unsendable.isEmpty()) {
                unsendable.forEach(err::println);
                return badInput(err, "these scenarios cannot run on " + target + " (docs/BENCH.md, \"Targets\")");
            }
            PreSharedKey key;
            try {
                key = benchKey();
            } catch (Credentials.CredentialsException e) {
                return badInput(err, e.getMessage());
            }
            chosen = new WireTarget(
                    spec, key, record == null ? scenario -> FrameTap.NONE : RecordingFiles.into(record, target));
        }
        BenchResult result;
        try (Target t = chosen) {
            result = new BenchRunner(t, jobs, BenchTerminalProgress.forConsole(loaded.scenarioCount()))
                    .run(loaded.suites());
        }
        out.print(ConsoleSummary.render(result, verbose));
        if (record != null) {
            out.println("Recordings: " + record);
        }
        try {
            if (html != null) {
                HtmlReport.write(result, html);
                out.println("HTML report: " + html);
            }
            if (junit != null) {
                JUnitXml.write(result, junit, html == null ? null : html.toString());
                out.println("JUnit XML: " + junit);
            }
        } catch (IOException e) {
            err.println("itdd bench: " + e.getMessage());
            err.flush();
            return EXIT_FAILED;
        }
        out.flush();
        return result.passed() ? 0 : EXIT_FAILED;
    }

    /** The key to prove: the one named, or the first that may take the bench role. */
    private PreSharedKey benchKey() throws Credentials.CredentialsException {
        Credentials credentials = Credentials.load(keyFile);
        if (keyId != null) {
            return credentials
                    .key(keyId)
                    .orElseThrow(() -> new Credentials.CredentialsException(keyFile + " has no key '" + keyId + "'"));
        }
        return credentials.keys().stream()
                .filter(k -> k.allows(Role.ROLE_BENCH))
                .findFirst()
                .orElseThrow(() ->
                        new Credentials.CredentialsException(keyFile + " has no key that may take the bench role"));
    }

    private static int badInput(PrintWriter err, String message) {
        err.println("itdd bench: " + message);
        err.flush();
        return ItddCommand.EXIT_BAD_INPUT;
    }
}
