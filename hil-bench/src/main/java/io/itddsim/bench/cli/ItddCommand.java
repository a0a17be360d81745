package io.itddsim.bench.cli;

import io.itddsim.bench.cli.client.ClientCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code itdd} command line: the emulator and its bench tools. */
@Command(
        name = "itdd",
        mixinStandardHelpOptions = true,
        version = "itdd-sim 0.1.0",
        description = "Emulator of a SynchroMed II-class implantable intrathecal drug pump.",
        subcommands = {
            SimulateCommand.class,
            PumpServeCommand.class,
            ClientCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ItddCommand {

    /** Exit status for bad input: a scenario file that cannot be read or is invalid. */
    public static final int EXIT_BAD_INPUT = 2;

    /** Exit status of {@code itdd pump} when its simulation thread died: the pump no longer doses. */
    public static final int EXIT_PUMP_DIED = 70;

    public static void main(String[] args) {
        // the bench draws its report's plots with Java 2D; no display is needed or wanted
        System.setProperty("java.awt.headless", "true");
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ItddCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        return cl;
    }
}
