package io.itddsim.proto.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks the conventions of docs/PROTOCOL.md that a machine can check, over every file. */
class SchemaConventionsTest {

    private static Map<String, FileDescriptor> filesReachableFromEnvelope() {
        Map<String, FileDescriptor> files = new LinkedHashMap<>();
        collect(Envelope.getDescriptor().getFile(), files);
        return files;
    }

    private static void collect(FileDescriptor file, Map<String, FileDescriptor> files) {
        if (files.putIfAbsent(file.getName(), file) == null) {
            file.getDependencies().forEach(dependency -> collect(dependency, files));
        }
    }

    private static List<EnumDescriptor> allEnums() {
        List<EnumDescriptor> enums = new ArrayList<>();
        for (FileDescriptor file : filesReachableFromEnvelope().values()) {
            enums.addAll(file.getEnumTypes());
            file.getMessageTypes().forEach(message -> collectNestedEnums(message, enums));
        }
        return enums;
    }

    private static void collectNestedEnums(Descriptor message, List<EnumDescriptor> enums) {
        enums.addAll(message.getEnumTypes());
        message.getNestedTypes().forEach(nested -> collectNestedEnums(nested, enums));
    }

    @Test
    @DisplayName("every enum's zero value is named <ENUM>_UNSPECIFIED")
    void everyEnumZeroValueIsUnspecified() {
        List<EnumDescriptor> enums = allEnums();
        assertTrue(enums.size() > 10, "expected to find the schema's enums, found " + enums.size());
        for (EnumDescriptor e : enums) {
            String expected = e.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase() + "_UNSPECIFIED";
            assertEquals(expected, e.findValueByNumber(0).getName(), "zero value of enum " + e.getFullName());
        }
    }

    @Test
    @DisplayName("every schema file is proto3 in package itdd.v1")
    void everyFileIsProto3InOnePackage() {
        for (FileDescriptor file : filesReachableFromEnvelope().values()) {
            assertEquals("proto3", file.toProto().getSyntax(), file.getName());
            assertEquals("itdd.v1", file.getPackage(), file.getName());
        }
    }

    @Test
    @DisplayName("the envelope reaches every .proto file of the wire schema (itdd/v1) through its imports")
    void envelopeReachesEverySchemaFile() throws IOException {
        // A file nothing imports would not be in the schema fingerprint, nor reachable by clients.
        // Files beside it (itdd/recording/v1, the bench's recording format) are not on the wire.
        Path root = Path.of("src/main/proto");
        List<String> onDisk;
        try (Stream<Path> paths = Files.walk(root.resolve("itdd/v1"))) {
            onDisk = paths.filter(path -> path.toString().endsWith(".proto"))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertEquals(
                onDisk, filesReachableFromEnvelope().keySet().stream().sorted().toList());
    }
}
