package io.itddsim.bench.record;

import com.google.protobuf.ByteString;
import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.target.FrameTap;
import io.itddsim.proto.recording.v1.FrameDirection;
import io.itddsim.proto.recording.v1.RecordEntry;
import io.itddsim.proto.recording.v1.RecordedFrame;
import io.itddsim.proto.recording.v1.RecordingHeader;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.schema.SchemaFingerprint;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records one scenario's conversation with a pump: a header with the scenario, seed, schema and
 * versions, then every frame both ways with its sim time, as it is sent or received.
 */
public final class RecordingWriter implements FrameTap {
    public static final String BENCH_VERSION = "itdd-sim 0.1.0";

    private final Path file;
    private final OutputStream out;
    private IOException failure;

    private RecordingWriter(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** Starts a recording of {@code scenario} on {@code target} in {@code file}. */
    public static RecordingWriter create(Path file, BenchScenario scenario, String target) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        RecordingWriter w = new RecordingWriter(file, new BufferedOutputStream(Files.newOutputStream(file)));
        RecordingHeader header = RecordingHeader.newBuilder()
                .setFormatVersion(RecordFormat.VERSION)
                .setSchema(RecordFormat.wireSchema())
                .setSchemaFingerprint(
                        ByteString.copyFrom(SchemaFingerprint.current().toBytes()))
                .setScenario(scenario.text())
                .setScenarioSource(scenario.file().toString())
                .setSeed(scenario.plan().setup().seed())
                .setSampleIntervalUs(scenario.sampleIntervalUs())
                .setBenchVersion(BENCH_VERSION)
                .setTarget(target)
                .build();
        w.write(RecordEntry.newBuilder().setHeader(header).build());
        return w;
    }

    public Path file() {
        return file;
    }

    @Override
    public void sent(Envelope envelope) {
        frame(FrameDirection.FRAME_DIRECTION_TO_PUMP, envelope);
    }

    @Override
    public void received(Envelope envelope) {
        frame(FrameDirection.FRAME_DIRECTION_FROM_PUMP, envelope);
    }

    private synchronized void frame(FrameDirection direction, Envelope envelope) {
        if (failure != null) {
            return;
        }
        try {
            write(RecordEntry.newBuilder()
                    .setFrame(RecordedFrame.newBuilder()
                            .setDirection(direction)
                            .setSimTimeUs(envelope.getSimTimeUs())
                            .setEnvelope(ByteString.copyFrom(RecordFormat.deterministic(envelope))))
                    .build());
        } catch (IOException e) {
            failure = e; // reported at close: the link's thread must not fail on a full disk
        }
    }

    private void write(RecordEntry entryWithoutCrc) throws IOException {
        out.write(RecordFormat.frame(entryWithoutCrc.toByteArray()));
    }

    /** Finishes the file; reports a write that failed during the run. */
    @Override
    public synchronized void close() throws IOException {
        out.close();
        if (failure != null) {
            throw new IOException("recording " + file + " is incomplete: " + failure.getMessage(), failure);
        }
    }
}
