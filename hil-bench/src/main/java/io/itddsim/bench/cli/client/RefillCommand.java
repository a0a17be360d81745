package io.itddsim.bench.cli.client;

import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.Refill;
import io.itddsim.proto.v1.Request;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code itdd client refill}: the reservoir was emptied and refilled with this much. */
@Command(
        name = "refill",
        mixinStandardHelpOptions = true,
        description =
                "Tell the pump its reservoir was emptied and now holds --volume (the emulator measures what was aspirated).")
final class RefillCommand extends ClientAction {

    @Option(
            names = "--volume",
            required = true,
            paramLabel = "VOLUME",
            description = "What the reservoir holds now, e.g. 18mL")
    String volume;

    @Option(
            names = "--concentration",
            paramLabel = "CONC",
            description = "The new drug's concentration, e.g. 25mg/mL (default: as programmed).")
    String concentration;

    @Option(
            names = "--next-refill",
            paramLabel = "SIM_TIME",
            description = "Sim time of the refill reminder, e.g. 90d (default: none).")
    String nextRefill;

    @Override
    Request.Builder request() throws ConnectionOptions.BadInput {
        Refill.Builder refill =
                Refill.newBuilder().setReservoirVolumeNl(Quantity.parse("--volume", QuantityKind.VOLUME, volume));
        if (concentration != null) {
            refill.setDrug(Drug.newBuilder()
                    .setConcentrationUgPerMl(
                            Quantity.parse("--concentration", QuantityKind.CONCENTRATION, concentration)));
        }
        if (nextRefill != null) {
            refill.setNextRefillDueUs(Quantity.parse("--next-refill", QuantityKind.DURATION, nextRefill));
        }
        return Request.newBuilder().setRefill(refill);
    }
}
