package io.itddsim.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code itdd bench}: the hardware-in-the-loop bench (docs/BENCH.md). */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run scenarios with expectations against a target and report verdicts (docs/BENCH.md).",
        subcommands = {BenchRunCommand.class, BenchReplayCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand {}
