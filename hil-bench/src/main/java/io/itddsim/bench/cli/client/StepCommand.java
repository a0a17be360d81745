package io.itddsim.bench.cli.client;

import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Step;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code itdd client step}: a bench runs a lockstep pump for so many ticks. */
@Command(
        name = "step",
        mixinStandardHelpOptions = true,
        description = "Run a lockstep (or paused) pump for --ticks ticks; needs the bench role on a test-mode pump.")
final class StepCommand extends ClientAction {

    @Option(
            names = "--ticks",
            required = true,
            paramLabel = "N",
            description = "Ticks to run (a tick is 1 ms by default).")
    long ticks;

    @Override
    Request.Builder request() throws ConnectionOptions.BadInput {
        if (ticks < 0) {
            throw new ConnectionOptions.BadInput("--ticks must not be negative, got " + ticks);
        }
        return Request.newBuilder().setStep(Step.newBuilder().setTicks(ticks));
    }

    @Override
    void printReply(PrintWriter out, Reply reply) {
        out.println("sim_time_us " + reply.getStepDone().getSimTimeUs() + " ticks_run "
                + reply.getStepDone().getTicksRun());
    }
}
