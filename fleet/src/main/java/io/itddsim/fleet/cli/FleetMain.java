package io.itddsim.fleet.cli;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.fleet.spec.FleetLoader;
import io.itddsim.fleet.spec.FleetSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The fleet jar's command line, reached through the {@code ./itdd} launcher as {@code itdd fleet
 * run} and {@code itdd fleet pump}. It lives apart from the main CLI so that jar stays free of the
 * distributed engine (ADR 13).
 */
@Command(
        name = "itdd",
        mixinStandardHelpOptions = true,
        version = "itdd-sim fleet 0.1.0",
        description = "Fleet studies: many virtual pumps over years.",
        subcommands = {FleetMain.Fleet.class})
public final class FleetMain {
    /** Bad input: a fleet file that cannot be read or is invalid, a bad option. */
    public static final int EXIT_BAD_INPUT = 2;

    /** The fleet file, or null after telling {@code err} what is wrong with it (file:line:col). */
    static FleetSpec loadOrExplain(Path file, PrintWriter err) {
        try {
            return FleetLoader.load(file);
        } catch (ScenarioError e) {
            err.println(e.getMessage());
            err.flush();
            return null;
        }
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new FleetMain());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    /** {@code itdd fleet}: the group of fleet commands. */
    @Command(
            name = "fleet",
            mixinStandardHelpOptions = true,
            description = "Run a fleet study, or plan and re-run one of its pumps.",
            subcommands = {
                FleetRunCommand.class,
                FleetPumpCommand.class,
                FleetPredictCommand.class,
                FleetFitCommand.class
            })
    static final class Fleet {}
}
