package io.itddsim.bench.cli.client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code itdd client}: talk to a running pump over TCP or a serial line. */
@Command(
        name = "client",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "(interrogate | watch | program | bolus | refill | step | fault)",
        description = "Talk to a running pump (itdd pump, or a device speaking the same protocol) over TCP or serial.",
        subcommands = {
            InterrogateCommand.class,
            WatchCommand.class,
            ProgramCommand.class,
            BolusCommand.class,
            RefillCommand.class,
            StepCommand.class,
            FaultCommand.class
        })
public final class ClientCommand {

    @Mixin
    ConnectionOptions connection;
}
