package io.itddsim.bench.cli.client;

import com.google.protobuf.TextFormat;
import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.client.PumpClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code itdd client watch}: prints what the pump streams, one envelope a line. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Subscribe and print status samples, alarms and log events, one a line, until --count or Ctrl-C.")
final class WatchCommand extends ClientAction {

    @Option(
            names = "--streams",
            split = ",",
            paramLabel = "KIND",
            defaultValue = "status,alarms,log",
            description = "Any of status, alarms, log (default ${DEFAULT-VALUE}).")
    List<String> streams;

    @Option(
            names = "--interval",
            paramLabel = "SIM_TIME",
            defaultValue = "1s",
            description = "Status samples at most this often in sim time (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0", description = "Stop after N envelopes (0: never).")
    long count;

    @Option(names = "--heartbeats", description = "Print heartbeats too.")
    boolean heartbeats;

    @Override
    Request.Builder request() {
        return null;
    }

    @Override
    int session(PumpClient client, PrintWriter out) throws Exception {
        Subscribe.Builder subscribe = Subscribe.newBuilder()
                .setStatusMinIntervalUs(Quantity.parse("--interval", QuantityKind.DURATION, interval));
        for (String stream : streams) {
            subscribe.addKinds(
                    switch (stream.strip()) {
                        case "status" -> StreamKind.STREAM_KIND_STATUS;
                        case "alarms" -> StreamKind.STREAM_KIND_ALARMS;
                        case "log" -> StreamKind.STREAM_KIND_LOG;
                        default ->
                            throw new ConnectionOptions.BadInput(
                                    "--streams: '" + stream + "' is not status, alarms or log");
                    });
        }
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong printed = new AtomicLong();
        client.onStream(envelope -> {
            if (envelope.hasHeartbeat() && !heartbeats) {
                return;
            }
            long n = printed.incrementAndGet();
            if (count > 0 && n > count) {
                return; // more came in the same burst: --count is a promise
            }
            synchronized (out) {
                out.println(line(envelope));
                out.flush();
            }
            if (n == count) {
                done.countDown();
            }
        });
        client.closed().thenRun(done::countDown);
        Reply reply = send(client, Request.newBuilder().setSubscribe(subscribe));
        if (reply.hasNack()) {
            spec.commandLine()
                    .getErr()
                    .println("refused: " + reply.getNack().getReason() + ": "
                            + reply.getNack().getMessage());
            return EXIT_REFUSED;
        }
        while (!done.await(1, TimeUnit.SECONDS)) {
            // until --count envelopes, the pump closing, or Ctrl-C
        }
        return 0;
    }

    private static String line(Envelope envelope) {
        String body = TextFormat.printer()
                .emittingSingleLine(true)
                .printToString(envelope.toBuilder()
                        .clearSeq()
                        .clearSimTimeUs()
                        .clearWallTimeUnixUs()
                        .build());
        return "t=" + envelope.getSimTimeUs() + "us " + body.strip();
    }
}
