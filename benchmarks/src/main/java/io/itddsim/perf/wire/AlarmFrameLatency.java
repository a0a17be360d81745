package io.itddsim.perf.wire;

import io.itddsim.proto.v1.AlarmTest;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * From an alarm event in the model to its frame at a client over loopback TCP. An alarm test
 * makes the alarm manager announce a pattern on the sim thread; the stream hub stamps the
 * envelope with the wall clock as it hands it to the sessions (the event's moment), and the
 * client reads the clock when the frame arrives (same JVM, same clock). One-way, in microseconds.
 */
final class AlarmFrameLatency {

    private AlarmFrameLatency() {}

    static Histogram measure(int warmup, int count) throws Exception {
        HostConfig config = BenchPumps.config(Pacing.realTime(1000), HostConfig.DEFAULT_SAMPLE_INTERVAL_US);
        try (PumpServer server =
                        BenchPumps.server(config).tcp(BenchPumps.LOOPBACK).start();
                PumpClient client = BenchPumps.client(server.tcpAddress(), "latency")) {
            LinkedBlockingQueue<Long> latenciesUs = new LinkedBlockingQueue<>();
            client.onStream(envelope -> {
                if (envelope.hasAlarmEvent()
                        && envelope.getAlarmEvent().getTransition() == AlarmTransition.ALARM_TRANSITION_TEST) {
                    latenciesUs.add(nowUnixUs() - envelope.getWallTimeUnixUs());
                }
            });
            client.call(Request.newBuilder()
                            .setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_ALARMS)))
                    .get(10, TimeUnit.SECONDS);
            Histogram oneWayUs = new Histogram(3);
            for (int i = 0; i < warmup + count; i++) {
                client.call(Request.newBuilder().setAlarmTest(AlarmTest.getDefaultInstance()))
                        .get(10, TimeUnit.SECONDS);
                // an alarm test sounds both patterns: two events
                for (int pattern = 0; pattern < 2; pattern++) {
                    Long latency = latenciesUs.poll(10, TimeUnit.SECONDS);
                    if (latency == null) {
                        throw new IllegalStateException("alarm event " + i + " never arrived");
                    }
                    if (i >= warmup) {
                        oneWayUs.recordValue(Math.max(0, latency));
                    }
                }
            }
            return oneWayUs;
        }
    }

    private static long nowUnixUs() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
