package io.itddsim.bench.record;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.itddsim.proto.recording.v1.FrameDirection;
import io.itddsim.proto.recording.v1.RecordEntry;
import io.itddsim.proto.recording.v1.RecordingHeader;
import io.itddsim.proto.v1.Envelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording read back and checked entry by entry: its header and its frames in order. Nothing
 * of a damaged file is used.
 *
 * @param header the run it recorded
 * @param frames every frame, as sent or received
 */
public record Recording(RecordingHeader header, List<Frame> frames) {

    /** One frame, with the byte offset of its entry in the file. */
    public record Frame(int number, long offset, FrameDirection direction, long simTimeUs, Envelope envelope) {
        public boolean toPump() {
            return direction == FrameDirection.FRAME_DIRECTION_TO_PUMP;
        }
    }

    public Recording {
        frames = List.copyOf(frames);
    }

    /**
     * Reads and checks a recording.
     *
     * @throws DamagedRecordingException at the first entry that fails its checksum or does not parse
     */
    public static Recording read(Path file) throws IOException, DamagedRecordingException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        RecordingHeader header = null;
        List<Frame> frames = new ArrayList<>();
        int entry = 0;
        while (!in.isAtEnd()) {
            long offset = in.getTotalBytesRead();
            int length;
            byte[] body;
            try {
                length = in.readRawVarint32();
                if (length < 5 || length > bytes.length - in.getTotalBytesRead()) {
                    throw new DamagedRecordingException(
                            name, offset, entry, "an entry of " + length + " bytes does not fit the file");
                }
                body = in.readRawBytes(length);
            } catch (InvalidProtocolBufferException e) {
                throw new DamagedRecordingException(name, offset, entry, "the entry's length is unreadable");
            }
            if (!RecordFormat.checksumMatches(body)) {
                throw new DamagedRecordingException(name, offset, entry, "its CRC-32C does not match its bytes");
            }
            RecordEntry parsed;
            Envelope envelope = null;
            try {
                parsed = RecordEntry.parseFrom(body);
                if (parsed.hasFrame()) {
                    envelope = Envelope.parseFrom(parsed.getFrame().getEnvelope());
                }
            } catch (InvalidProtocolBufferException e) {
                throw new DamagedRecordingException(name, offset, entry, "not a recording entry: " + e.getMessage());
            }
            if (entry == 0) {
                if (!parsed.hasHeader()) {
                    throw new DamagedRecordingException(name, offset, entry, "a recording starts with its header");
                }
                header = parsed.getHeader();
                if (header.getFormatVersion() != RecordFormat.VERSION) {
                    throw new DamagedRecordingException(
                            name,
                            offset,
                            entry,
                            "format version " + header.getFormatVersion() + "; this bench reads version "
                                    + RecordFormat.VERSION);
                }
            } else if (parsed.hasFrame()) {
                frames.add(new Frame(
                        frames.size() + 1,
                        offset,
                        parsed.getFrame().getDirection(),
                        parsed.getFrame().getSimTimeUs(),
                        envelope));
            } else {
                throw new DamagedRecordingException(name, offset, entry, "a second header");
            }
            entry++;
        }
        if (header == null) {
            throw new DamagedRecordingException(name, 0, 0, "the file is empty");
        }
        return new Recording(header, frames);
    }
}
