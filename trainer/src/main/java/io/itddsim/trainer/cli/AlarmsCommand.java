package io.itddsim.trainer.cli;

import io.itddsim.trainer.tone.ToneLibrary;
import io.itddsim.trainer.tone.WavExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itdd alarms export --wav DIR}: the model's alarm patterns as WAV files. */
@Command(
        name = "alarms",
        mixinStandardHelpOptions = true,
        description = "The pump's alarm sounds.",
        subcommands = AlarmsCommand.Export.class)
final class AlarmsCommand {

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Write one WAV file per annunciation pattern (critical.wav, non-critical.wav), made from the model's tone data.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--wav",
                required = true,
                paramLabel = "DIR",
                description = "Folder to write into (made if missing).")
        Path dir;

        @Override
        public Integer call() {
            try {
                for (Path file : WavExport.export(ToneLibrary.standard(), dir)) {
                    spec.commandLine().getOut().println(file);
                }
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("itdd alarms export: " + e.getMessage());
                return TrainerMain.EXIT_BAD_INPUT;
            }
        }
    }
}
