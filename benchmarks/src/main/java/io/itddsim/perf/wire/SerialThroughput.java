package io.itddsim.perf.wire;

import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.client.ClientLink;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.SerialClientLink;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.serial.JsscSerialLink;
import io.itddsim.wire.serial.SerialLink;
import io.itddsim.wire.serial.SerialLinkDisconnectedException;
import io.itddsim.wire.serial.SerialLinkException;
import io.itddsim.wire.serial.SerialPortSettings;
import io.itddsim.wire.serial.pty.PseudoTerminalPair;
import io.itddsim.wire.server.PumpServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much of a serial line's rate the pump uses when it has more to say than the line carries:
 * an in-process PTY pair, the pump at 115 200 baud (11 520 bytes a second), a client subscribed to a
 * status sample every millisecond of a free-running pump. Bytes counted as they arrive at the
 * client, against the line rate.
 */
final class SerialThroughput {

    record Result(long baud, double bytesPerSecond, double shareOfLineRate, double framesPerSecond) {}

    private SerialThroughput() {}

    static Result measure(int baud, long seconds) throws Exception {
        try (PseudoTerminalPair ptys = PseudoTerminalPair.open()) {
            HostConfig config = BenchPumps.config(Pacing.lockstep(), 1_000);
            try (PumpServer server = BenchPumps.server(config)
                    .serial(SerialPortSettings.of(ptys.a().toString(), baud))
                    .start()) {
                AtomicLong bytes = new AtomicLong();
                AtomicLong frames = new AtomicLong();
                SerialLink counted =
                        new CountingLink(new JsscSerialLink(ptys.b().toString(), baud), bytes);
                ClientLink.Opener opener = SerialClientLink.over(counted);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!server.serialPort().connected() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                try (PumpClient client =
                        PumpClient.connect(opener, ClientOptions.of(BenchPumps.KEY, Role.ROLE_BENCH, "serial"))) {
                    client.onStream(e -> frames.incrementAndGet());
                    client.callReliably(
                            Request.newBuilder()
                                    .setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_STATUS)),
                            Duration.ofSeconds(2),
                            5);
                    client.callReliably(
                            Request.newBuilder()
                                    .setPace(io.itddsim.proto.v1.Pace.newBuilder()
                                            .setMode(io.itddsim.proto.v1.PaceMode.PACE_MODE_FREE_RUN)),
                            Duration.ofSeconds(2),
                            5);
                    Thread.sleep(1_000);
                    long bytesBefore = bytes.get();
                    long framesBefore = frames.get();
                    long start = System.nanoTime();
                    Thread.sleep(seconds * 1_000);
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    double rate = (bytes.get() - bytesBefore) / elapsed;
                    return new Result(baud, rate, rate / (baud / 10.0), (frames.get() - framesBefore) / elapsed);
                }
            }
        }
    }

    /** Counts the bytes read from a link. */
    private record CountingLink(SerialLink inner, AtomicLong bytes) implements SerialLink {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public void open() throws SerialLinkException {
            inner.open();
        }

        @Override
        public void write(byte[] b) throws SerialLinkDisconnectedException {
            inner.write(b);
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public int readAvailable(byte[] buffer) throws SerialLinkDisconnectedException {
            int n = inner.readAvailable(buffer);
            bytes.addAndGet(Math.max(0, n));
            return n;
        }
    }
}
