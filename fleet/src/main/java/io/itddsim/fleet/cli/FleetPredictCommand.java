package io.itddsim.fleet.cli;

import io.itddsim.fleet.calibration.FleetPrediction;
import io.itddsim.fleet.spec.FleetSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itdd fleet predict FLEET.yaml}: the study as its pumps' draws predict it, compared with the
 * field, in seconds: a check of a fleet file's calibration before running the emulator.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = "Predict a study from its pumps' draws (no emulator) and compare it with the field.")
final class FleetPredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLEET", description = "Fleet file (YAML)")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetSpec study = FleetMain.loadOrExplain(file, err);
        if (study == null) {
            return FleetMain.EXIT_BAD_INPUT;
        }
        out.println("Predicted from the draws (onset plus the calibration's stall delay; no emulator):");
        out.print(TextSummary.render(FleetPrediction.predict(study)));
        out.flush();
        return 0;
    }
}
