package io.itddsim.wire.host.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The write-ahead journal file: records appended one after another, each framed as its length (4
 * bytes, big-endian), the CRC-32C of its body (4 bytes) and the body. Reading stops at the first
 * frame that is cut short or fails its checksum, the torn tail of a write a crash interrupted:
 * what follows is never applied, and the file is cut back to the last whole record before anything
 * new is written.
 */
final class InputJournal implements AutoCloseable {

    static final int MAX_RECORD_BYTES = 1 << 20;

    /** What a journal file held: its whole records, and how many bytes after them were cut. */
    record Contents(List<JournalRecord> records, long validBytes, long tornBytes, String tornReason) {}

    private final FileChannel channel;

    private InputJournal(FileChannel channel) {
        this.channel = channel;
    }

    /** Reads every whole, intact record of {@code file} (none when it does not exist). */
    static Contents read(Path file) throws IOException, StateException {
        if (!Files.exists(file)) {
            return new Contents(List.of(), 0, 0, "");
        }
        byte[] all = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(all);
        List<JournalRecord> records = new ArrayList<>();
        String torn = "";
        while (in.remaining() > 0) {
            int start = in.position();
            if (in.remaining() < 8) {
                torn = "a record header cut short";
                in.position(start);
                break;
            }
            int length = in.getInt();
            int crc = in.getInt();
            if (length < 0 || length > MAX_RECORD_BYTES || length > in.remaining()) {
                torn = "a record of " + length + " bytes with " + in.remaining() + " left";
                in.position(start);
                break;
            }
            byte[] body = new byte[length];
            in.get(body);
            if (crc(body) != crc) {
                torn = "a record that fails its CRC-32C";
                in.position(start);
                break;
            }
            records.add(JournalRecord.decode(body));
        }
        return new Contents(records, in.position(), all.length - in.position(), torn);
    }

    /** Opens {@code file} for appending after its first {@code validBytes} (cutting whatever follows). */
    static InputJournal open(Path file, long validBytes) throws IOException {
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        channel.truncate(validBytes);
        channel.position(validBytes);
        channel.force(true);
        return new InputJournal(channel);
    }

    /** Appends records (not yet durable: see {@link #force}). */
    void append(List<JournalRecord> records) throws IOException {
        for (JournalRecord record : records) {
            byte[] body = record.encode();
            ByteBuffer frame = ByteBuffer.allocate(8 + body.length);
            frame.putInt(body.length).putInt(crc(body)).put(body).flip();
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        }
    }

    /** Makes everything appended durable (fsync). */
    void force() throws IOException {
        channel.force(false);
    }

    /** Empties the journal (its records are in a snapshot now). */
    void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static int crc(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return (int) crc.getValue();
    }
}
