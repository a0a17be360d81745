package io.itddsim.bench.cli.client;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.InfusionMode;
import io.itddsim.proto.v1.Prescription;
import io.itddsim.proto.v1.ProgramPrescription;
import io.itddsim.proto.v1.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code itdd client program}: a continuous or stopped prescription (flex patterns: scenario files). */
@Command(
        name = "program",
        mixinStandardHelpOptions = true,
        description = "Program a continuous prescription (--rate) or stop the pump (--stopped).")
final class ProgramCommand extends ClientAction {

    @Option(names = "--drug", required = true, paramLabel = "NAME", description = "e.g. morphine")
    String drug;

    @Option(names = "--concentration", required = true, paramLabel = "CONC", description = "e.g. 25mg/mL")
    String concentration;

    @Option(names = "--rate", paramLabel = "RATE", description = "e.g. 0.2mL/day")
    String rate;

    @Option(names = "--stopped", description = "Program the pump stopped.")
    boolean stopped;

    @Override
    Request.Builder request() throws ConnectionOptions.BadInput {
        if ((rate == null) == !stopped) {
            throw new ConnectionOptions.BadInput("give either --rate or --stopped");
        }
        Prescription.Builder prescription = Prescription.newBuilder()
                .setDrug(Drug.newBuilder()
                        .setName(drug)
                        .setConcentrationUgPerMl(
                                Quantity.parse("--concentration", QuantityKind.CONCENTRATION, concentration)));
        if (stopped) {
            prescription.setMode(InfusionMode.INFUSION_MODE_STOPPED);
        } else {
            prescription
                    .setMode(InfusionMode.INFUSION_MODE_CONTINUOUS)
                    .setRateNlPerDay(Quantity.parse("--rate", QuantityKind.VOLUME_RATE, rate));
        }
        return Request.newBuilder()
                .setProgramPrescription(ProgramPrescription.newBuilder().setPrescription(prescription));
    }
}
