package io.itddsim.bench.cli.client;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.BolusKind;
import io.itddsim.proto.v1.PtmBolus;
import io.itddsim.proto.v1.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code itdd client bolus}: a clinician's bolus, or with {@code --ptm} the patient's button. */
@Command(
        name = "bolus",
        mixinStandardHelpOptions = true,
        description = "Give a clinician bolus (--volume, --duration), or press the patient's button (--ptm).")
final class BolusCommand extends ClientAction {

    @Option(names = "--volume", paramLabel = "VOLUME", description = "e.g. 40uL")
    String volume;

    @Option(names = "--duration", paramLabel = "DURATION", description = "e.g. 30m")
    String duration;

    @Option(names = "--priming", description = "A priming bolus (fills tubing and catheter).")
    boolean priming;

    @Option(names = "--ptm", description = "The patient's bolus, with the volume and limits the prescription sets.")
    boolean ptm;

    @Override
    Request.Builder request() throws ConnectionOptions.BadInput {
        if (ptm) {
            if (volume != null || duration != null || priming) {
                throw new ConnectionOptions.BadInput(
                        "--ptm takes no --volume, --duration or --priming: the prescription sets them");
            }
            return Request.newBuilder().setPtmBolus(PtmBolus.getDefaultInstance());
        }
        if (volume == null || duration == null) {
            throw new ConnectionOptions.BadInput("a clinician bolus needs --volume and --duration (or use --ptm)");
        }
        return Request.newBuilder()
                .setBolus(Bolus.newBuilder()
                        .setKind(priming ? BolusKind.BOLUS_KIND_PRIMING : BolusKind.BOLUS_KIND_SINGLE)
                        .setVolumeNl(Quantity.parse("--volume", QuantityKind.VOLUME, volume))
                        .setDurationUs(Quantity.parse("--duration", QuantityKind.DURATION, duration)));
    }
}
