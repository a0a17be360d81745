package io.itddsim.perf.wire;

import io.itddsim.wire.client.PumpClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Subscribers in a JVM of their own, as a pump's clients are in practice: N clients subscribed to
 * every stream of the pump at 127.0.0.1:PORT. Prints {@code ready} once all are subscribed; to
 * each line {@code count} on stdin answers {@code SAMPLES CPU_NANOS} (status samples received so
 * far, this process's CPU time); exits when stdin closes. The pump's JVM then pays for its side of
 * the wire only, and the clients' garbage collections do not stop it.
 */
public final class SubscriberProcess {

    private SubscriberProcess() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int port = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        LongAdder samples = new LongAdder();
        List<PumpClient> connected = BenchPumps.subscribedToEverything(
                new InetSocketAddress("127.0.0.1", port), clients, "remote-", samples);
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("count")) {
                long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime();
                System.out.println(samples.sum() + " " + cpu);
                System.out.flush();
            }
        }
        connected.forEach(PumpClient::close);
        System.exit(0);
    }
}
