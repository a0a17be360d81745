package io.itddsim.trainer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The trainer jar's command line, reached through the {@code ./itdd} launcher: {@code itdd trainer}
 * and {@code itdd alarms export}. It lives apart from the main CLI so that jar stays lean (no
 * database, no web assets).
 */
@Command(
        name = "itdd",
        mixinStandardHelpOptions = true,
        version = "itdd-sim trainer 0.1.0",
        description = "The alarm-recognition trainer and the alarm sounds.",
        subcommands = {TrainerCommand.class, AlarmsCommand.class})
public final class TrainerMain {
    /** Bad input on the command line, as in the main CLI. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new TrainerMain());
    }
}
