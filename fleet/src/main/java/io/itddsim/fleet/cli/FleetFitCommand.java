package io.itddsim.fleet.cli;

import io.itddsim.fleet.calibration.FieldFit;
import io.itddsim.fleet.calibration.GalicaFit;
import io.itddsim.fleet.spec.FieldReference;
import io.itddsim.fleet.spec.FleetSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code itdd fleet fit FLEET.yaml}: the stall mechanisms' numbers fitted to the field's figures
 * (docs/FLEET.md, "Calibration"), to copy into the fleet file. Galica's centre is fitted with the
 * file's mechanisms as they stand, so fit the manufacturer's numbers first, write them in, and fit
 * again.
 */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        description = "Fit the stall mechanisms and Galica's centre to the field's figures.")
final class FleetFitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLEET", description = "Fleet file (YAML)")
    Path file;

    @Option(names = "--virtual", paramLabel = "N", description = "Virtual pumps per fit (default 200000).")
    int virtual = 200_000;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FleetSpec study = FleetMain.loadOrExplain(file, err);
        if (study == null) {
            return FleetMain.EXIT_BAD_INPUT;
        }
        if (virtual < 1_000) {
            err.println("--virtual: expected at least 1000, got " + virtual);
            err.flush();
            return FleetMain.EXIT_BAD_INPUT;
        }
        boolean any = false;
        if (has(study, FieldReference.MANUFACTURER)) {
            FieldFit.Fitted f = FieldFit.fit(study, virtual);
            out.printf(
                    Locale.ROOT,
                    "Manufacturer's fleet (off-label share %.4f):%n"
                            + "  shaft_wear         onset probability %.5f, off_label_hazard_ratio %.3f%n"
                            + "  feedthrough_short  onset probability %.5f%n"
                            + "  gear_corrosion     onset probability %.5f%n"
                            + "  foreign particle   onset probability %.5f%n",
                    f.offLabelShare(),
                    f.wearProbability(),
                    f.wearOffLabelHazardRatio(),
                    f.shortProbability(),
                    f.corrosionProbability(),
                    f.particleProbability());
            any = true;
        }
        if (has(study, FieldReference.GALICA)) {
            GalicaFit.Fitted g = GalicaFit.fit(study, virtual);
            out.printf(
                    Locale.ROOT,
                    "Galica's centre: hazard ratio %.3f on the stall mechanisms, follow_up %dd"
                            + " (prevalence %.4f, failures per patient-year %.4f)%n",
                    g.hazardRatio(),
                    g.followUpDays(),
                    g.prevalence(),
                    g.incidence());
            any = true;
        }
        if (!any) {
            err.println(file + ": no cohort has a field_reference to fit to");
            err.flush();
            return FleetMain.EXIT_BAD_INPUT;
        }
        out.flush();
        return 0;
    }

    private static boolean has(FleetSpec s, FieldReference r) {
        return s.cohorts().stream().anyMatch(c -> c.fieldReference() == r);
    }
}
