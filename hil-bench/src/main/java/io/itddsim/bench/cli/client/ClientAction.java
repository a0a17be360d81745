package io.itddsim.bench.cli.client;

import com.google.protobuf.TextFormat;
import io.itddsim.bench.cli.ItddCommand;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.wire.client.HandshakeException;
import io.itddsim.wire.client.PumpClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code itdd client} subcommand shares: connect, send, print, and exit with 0 (done),
 * 1 (the pump refused, or could not be reached) or 2 (bad input on the command line).
 */
@Command
abstract class ClientAction implements Callable<Integer> {

    static final int EXIT_REFUSED = 1;
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @ParentCommand
    ClientCommand parent;

    ConnectionOptions connection;

    /** Builds the request (throwing BadInput for unusable options) or null to run {@link #session}. */
    abstract Request.Builder request() throws ConnectionOptions.BadInput;

    /** Prints an accepted reply; the default prints "ok" or the reply's data as text. */
    void printReply(PrintWriter out, Reply reply) {
        out.println(reply.hasAck() ? "ok" : TextFormat.printer().printToString(reply));
    }

    /** For commands that do more than one request (watch); called when {@link #request} is null. */
    int session(PumpClient client, PrintWriter out) throws Exception {
        throw new IllegalStateException("no session for " + spec.name());
    }

    @Override
    public Integer call() throws Exception {
        connection = parent.connection;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Request.Builder request = request();
            try (PumpClient client = connection.connect()) {
                if (request == null) {
                    return session(client, out);
                }
                Reply reply = send(client, request);
                if (reply.hasNack()) {
                    err.println("refused: " + reply.getNack().getReason() + ": "
                            + reply.getNack().getMessage());
                    return EXIT_REFUSED;
                }
                printReply(out, reply);
                return 0;
            }
        } catch (ConnectionOptions.BadInput e) {
            err.println("itdd client: " + e.getMessage());
            return ItddCommand.EXIT_BAD_INPUT;
        } catch (HandshakeException e) {
            err.println("itdd client: " + e.getMessage());
            return EXIT_REFUSED;
        } catch (java.util.concurrent.TimeoutException e) {
            err.println("itdd client: no reply from the pump within " + REPLY_TIMEOUT.toSeconds() + " s");
            return EXIT_REFUSED;
        } catch (java.net.ConnectException | io.itddsim.wire.serial.SerialLinkException e) {
            err.println("itdd client: cannot reach " + connection.target + ": " + e.getMessage());
            return EXIT_REFUSED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** On a serial line a request is retried with the same id until a reply comes. */
    Reply send(PumpClient client, Request.Builder request) throws Exception {
        if (connection.serial()) {
            return client.callReliably(request, Duration.ofSeconds(2), 15);
        }
        return client.call(request).get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
