package io.itddsim.bench.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import io.itddsim.bench.cli.BenchRunCommandTestSupport;
import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.bench.target.BenchPumps;
import io.itddsim.bench.target.WireTarget;
import io.itddsim.proto.recording.v1.FrameDirection;
import io.itddsim.proto.recording.v1.RecordEntry;
import io.itddsim.proto.recording.v1.RecordingHeader;
import io.itddsim.wire.host.Pacing;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run recorded over TCP, read back by plain protobuf, replayed identically, and refused when damaged. */
class RecordReplayTest {
    @TempDir
    static Path dir;

    static Path recording;

    @BeforeAll
    static void record() throws Exception {
        BenchScenario scenario = BenchScenarioLoader.builtIn()
                .load(StallScenario.write(dir, "stall.yaml", BenchRunCommandTestSupport.RIGHT));
        try (BenchPumps pump = BenchPumps.start(Pacing.lockstep(), true, false)) {
            // a scenario before, so the pump has somewhere to start over from
            new BenchRunner(pump.target(pump.tcp()), 1, BenchProgress.NONE).runOne(scenario);
            WireTarget recorded =
                    new WireTarget(pump.tcp(), BenchPumps.KEY, RecordingFiles.into(dir.resolve("rec"), "tcp"));
            ScenarioResult r = new BenchRunner(recorded, 1, BenchProgress.NONE).runOne(scenario);
            assertTrue(r.passed(), r.error() + " " + r.verdicts());
        }
        recording = RecordingFiles.of(dir.resolve("rec"), scenario);
    }

    @Test
    @DisplayName(
            "any protobuf library reads it: delimited entries, a header with the schema that decodes every envelope")
    void plainProtobufReadsIt() throws Exception {
        RecordingHeader header;
        int toPump = 0;
        int fromPump = 0;
        Map<String, FileDescriptor> files = new HashMap<>();
        Descriptor envelope = null;
        try (InputStream in = Files.newInputStream(recording)) {
            header = RecordEntry.parseDelimitedFrom(in).getHeader();
            assertEquals(1, header.getFormatVersion());
            assertEquals(7, header.getSeed());
            assertTrue(header.getScenario().contains("name: Stall at noon"));
            assertEquals(600_000_000L, header.getSampleIntervalUs());
            for (FileDescriptorProto f : header.getSchema().getFileList()) {
                FileDescriptor[] deps =
                        f.getDependencyList().stream().map(files::get).toArray(FileDescriptor[]::new);
                files.put(f.getName(), FileDescriptor.buildFrom(f, deps));
            }
            envelope = files.get("itdd/v1/envelope.proto").findMessageTypeByName("Envelope");
            for (RecordEntry e; (e = RecordEntry.parseDelimitedFrom(in)) != null; ) {
                DynamicMessage decoded =
                        DynamicMessage.parseFrom(envelope, e.getFrame().getEnvelope());
                assertTrue(decoded.getAllFields().size() > 0);
                if (e.getFrame().getDirection() == FrameDirection.FRAME_DIRECTION_TO_PUMP) {
                    toPump++;
                } else {
                    fromPump++;
                }
            }
        }
        assertTrue(toPump > 10, "a Hello, a HelloProof, the bench's requests and its Steps: " + toPump);
        assertTrue(fromPump > toPump, "replies, samples, log and alarm events: " + fromPump);
    }

    @Test
    @DisplayName("itdd bench replay re-drives an emulated pump with the inputs and finds every frame identical")
    void replaysIdentically() {
        var r = BenchRunCommandTestSupport.run("bench", "replay", recording.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("identical: "), r.out());
    }

    @Test
    @DisplayName("a flipped byte anywhere is refused with the offset of the damaged entry, and nothing is replayed")
    void flippedByte() throws Exception {
        byte[] good = Files.readAllBytes(recording);
        List<Recording.Frame> frames = Recording.read(recording).frames();
        for (long at :
                new long[] {3, good.length / 2, good.length - 1, frames.get(10).offset()}) {
            byte[] bad = good.clone();
            bad[(int) at] ^= 0x10;
            Path damaged = dir.resolve("damaged-" + at + ".itddrec");
            Files.write(damaged, bad);
            var r = BenchRunCommandTestSupport.run("bench", "replay", damaged.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            long reported = Long.parseLong(r.err().replaceFirst("(?s).*damaged at byte offset (\\d+).*", "$1"));
            assertTrue(reported <= at, "the damaged entry starts at or before the flipped byte: " + r.err());
            long entryEnd = frames.stream()
                    .mapToLong(Recording.Frame::offset)
                    .filter(o -> o > reported)
                    .findFirst()
                    .orElse(good.length);
            assertTrue(at < entryEnd, "and the flipped byte is in it: " + r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
    }

    @Test
    @DisplayName("a recording in which the pump did something else diverges: the frame, the field and both values")
    void divergence() throws Exception {
        Recording original = Recording.read(recording);
        Recording.Frame sample = original.frames().stream()
                .filter(f -> f.envelope().hasStatusSample() && f.simTimeUs() == 18 * 3_600_000_000L)
                .findFirst()
                .orElseThrow();
        byte[] bytes = Files.readAllBytes(recording);
        Path other = dir.resolve("other.itddrec");
        try (var out = Files.newOutputStream(other)) {
            out.write(bytes, 0, (int) sample.offset());
            var changed = sample.envelope().toBuilder();
            changed.getStatusSampleBuilder()
                    .setIntrathecalNl(sample.envelope().getStatusSample().getIntrathecalNl() + 1);
            out.write(RecordFormat.frame(RecordEntry.newBuilder()
                    .setFrame(io.itddsim.proto.recording.v1.RecordedFrame.newBuilder()
                            .setDirection(sample.direction())
                            .setSimTimeUs(sample.simTimeUs())
                            .setEnvelope(changed.build().toByteString()))
                    .build()
                    .toByteArray()));
            Recording.Frame next = original.frames().get(sample.number());
            out.write(bytes, (int) next.offset(), bytes.length - (int) next.offset());
        }
        var r = BenchRunCommandTestSupport.run("bench", "replay", other.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        long replayed = sample.envelope().getStatusSample().getIntrathecalNl();
        assertTrue(
                r.out()
                        .contains("frame " + sample.number() + " (byte offset " + sample.offset()
                                + "), the status sample at 64800000000 us: status_sample.intrathecal_nl was "
                                + (replayed + 1)
                                + " in the recording, " + replayed + " in the replay"),
                r.out());
    }
}
