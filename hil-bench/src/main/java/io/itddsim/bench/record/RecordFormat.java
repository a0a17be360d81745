package io.itddsim.bench.record;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FileDescriptor;
import io.itddsim.proto.v1.Envelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The layout of a recording file (docs/PROTOCOL.md, section 8): varint-delimited {@code
 * RecordEntry} messages, each ending in its CRC-32C field (tag 0x7d and four bytes little-endian)
 * over every byte before it. Written by hand so the checksum is always last and always present,
 * whatever its value; any protobuf library reads the entries as ordinary messages.
 */
final class RecordFormat {
    static final int VERSION = 1;
    static final String EXTENSION = ".itddrec";
    /** Field 15, wire type 5 (fixed32). */
    static final int CRC_TAG = (15 << 3) | 5;

    private RecordFormat() {}

    /** One entry, framed: length, body, checksum. */
    static byte[] frame(byte[] bodyWithoutCrc) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(bodyWithoutCrc);
        int value = (int) crc.getValue();
        int length = bodyWithoutCrc.length + 5;
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 5);
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        coded.writeUInt32NoTag(length);
        coded.writeRawBytes(bodyWithoutCrc);
        coded.writeRawByte(CRC_TAG);
        coded.writeFixed32NoTag(value);
        coded.flush();
        return out.toByteArray();
    }

    /** Whether an entry's bytes end in a checksum that matches the rest. */
    static boolean checksumMatches(byte[] entry) {
        if (entry.length < 5 || (entry[entry.length - 5] & 0xff) != CRC_TAG) {
            return false;
        }
        CRC32C crc = new CRC32C();
        crc.update(entry, 0, entry.length - 4 - 1);
        int stored = (entry[entry.length - 4] & 0xff)
                | (entry[entry.length - 3] & 0xff) << 8
                | (entry[entry.length - 2] & 0xff) << 16
                | (entry[entry.length - 1] & 0xff) << 24;
        return stored == (int) crc.getValue();
    }

    /** The wire schema (every file an Envelope reaches), dependencies first, for tools without it. */
    static FileDescriptorSet wireSchema() {
        Map<String, FileDescriptor> files = new LinkedHashMap<>();
        collect(Envelope.getDescriptor().getFile(), files);
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder();
        files.values().forEach(f -> set.addFile(f.toProto()));
        return set.build();
    }

    private static void collect(FileDescriptor file, Map<String, FileDescriptor> files) {
        if (files.containsKey(file.getName())) {
            return;
        }
        file.getDependencies().forEach(d -> collect(d, files));
        files.put(file.getName(), file);
    }

    /** An envelope's bytes, the same for the same message every time (maps in key order). */
    static byte[] deterministic(Envelope envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(envelope.getSerializedSize());
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        coded.useDeterministicSerialization();
        envelope.writeTo(coded);
        coded.flush();
        return out.toByteArray();
    }
}
