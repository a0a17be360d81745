package io.itddsim.bench.cli.client;

import com.google.protobuf.TextFormat;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code itdd client interrogate}: what the pump believes, its alarms and a page of its log. */
@Command(
        name = "interrogate",
        mixinStandardHelpOptions = true,
        description = "Read the prescription, reservoir estimate, alarms, battery and a page of the event log.")
final class InterrogateCommand extends ClientAction {

    @Option(
            names = "--log-from",
            paramLabel = "INDEX",
            defaultValue = "0",
            description = "First log entry (default ${DEFAULT-VALUE}).")
    long logFrom;

    @Option(
            names = "--log-max",
            paramLabel = "N",
            defaultValue = "20",
            description = "Most log entries (default ${DEFAULT-VALUE}; 0 for none).")
    int logMax;

    @Override
    Request.Builder request() throws ConnectionOptions.BadInput {
        if (logFrom < 0 || logMax < 0) {
            throw new ConnectionOptions.BadInput("--log-from and --log-max must not be negative");
        }
        return Request.newBuilder()
                .setInterrogate(
                        Interrogate.newBuilder().setLogFromIndex(logFrom).setLogMaxEntries(logMax));
    }

    @Override
    void printReply(PrintWriter out, Reply reply) {
        out.print(TextFormat.printer().printToString(reply.getInterrogationReport()));
    }
}
