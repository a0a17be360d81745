package io.itddsim.bench.cli.client;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.FaultClear;
import io.itddsim.proto.v1.Request;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code itdd client fault arm NAME [PARAM=VALUE...]} and {@code fault clear NAME}. */
@Command(
        name = "fault",
        mixinStandardHelpOptions = true,
        description = {
            "Arm or clear a fault on a test-mode pump (bench role).",
            "  fault arm NAME [PARAM=VALUE...]   e.g. fault arm link.byte_loss rate_ppm=2000 transport=serial",
            "  fault clear NAME"
        })
final class FaultCommand extends ClientAction {

    @Parameters(index = "0", paramLabel = "arm|clear")
    String action;

    @Parameters(index = "1", paramLabel = "NAME")
    String fault;

    @Parameters(index = "2..*", paramLabel = "PARAM=VALUE")
    List<String> parameters = List.of();

    @Override
    Request.Builder request() throws ConnectionOptions.BadInput {
        switch (action) {
            case "arm" -> {
                FaultArm.Builder arm = FaultArm.newBuilder().setFault(fault);
                for (String parameter : parameters) {
                    int eq = parameter.indexOf('=');
                    if (eq <= 0) {
                        throw new ConnectionOptions.BadInput(
                                "'" + parameter + "': expected PARAM=VALUE, e.g. rate_ppm=2000");
                    }
                    arm.putParameters(parameter.substring(0, eq), parameter.substring(eq + 1));
                }
                return Request.newBuilder().setFaultArm(arm);
            }
            case "clear" -> {
                if (!parameters.isEmpty()) {
                    throw new ConnectionOptions.BadInput("fault clear takes only the fault's name");
                }
                return Request.newBuilder()
                        .setFaultClear(FaultClear.newBuilder().setFault(fault));
            }
            default -> throw new ConnectionOptions.BadInput("'" + action + "': expected arm or clear");
        }
    }
}
