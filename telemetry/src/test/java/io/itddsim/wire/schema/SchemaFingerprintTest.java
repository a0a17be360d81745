package io.itddsim.wire.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.StatusSample;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaFingerprintTest {

    @Test
    @DisplayName("the fingerprint is 32 bytes and the same however often it is computed")
    void fingerprintIsStable() {
        SchemaFingerprint first = SchemaFingerprint.of(Envelope.getDescriptor());
        SchemaFingerprint second = SchemaFingerprint.of(Envelope.getDescriptor());

        assertEquals(SchemaFingerprint.LENGTH_BYTES, first.toBytes().length);
        assertEquals(first, second);
        assertEquals(first, SchemaFingerprint.current());
        assertEquals(64, first.toHex().length());
    }

    @Test
    @DisplayName("descriptors rebuilt from the same file protos give the same fingerprint")
    void rebuiltDescriptorsGiveTheSameFingerprint() throws Exception {
        Descriptor rebuilt = rebuildEnvelope("itdd/v1/envelope.proto", UnaryOperator.identity());

        assertEquals(SchemaFingerprint.current(), SchemaFingerprint.of(rebuilt));
    }

    @Test
    @DisplayName("one extra field on the envelope changes the fingerprint")
    void extraEnvelopeFieldChangesTheFingerprint() throws Exception {
        Descriptor withExtraField =
                rebuildEnvelope("itdd/v1/envelope.proto", file -> addField(file, "Envelope", "extra", 99));

        assertNotEquals(SchemaFingerprint.current(), SchemaFingerprint.of(withExtraField));
    }

    @Test
    @DisplayName("one extra field in an imported file changes the fingerprint")
    void extraFieldInAnImportedFileChangesTheFingerprint() throws Exception {
        Descriptor withExtraField = rebuildEnvelope(
                StatusSample.getDescriptor().getFile().getName(),
                file -> addField(file, "StatusSample", "extra_nl", 99));

        assertNotEquals(SchemaFingerprint.current(), SchemaFingerprint.of(withExtraField));
    }

    @Test
    @DisplayName("a different java_package does not change the fingerprint, the wire is the same")
    void languageOptionsDoNotChangeTheFingerprint() throws Exception {
        Descriptor otherPackage = rebuildEnvelope(
                "itdd/v1/envelope.proto",
                file -> file.toBuilder()
                        .setOptions(file.getOptions().toBuilder().setJavaPackage("com.example.other"))
                        .build());

        assertEquals(SchemaFingerprint.current(), SchemaFingerprint.of(otherPackage));
    }

    @Test
    @DisplayName("matches accepts the same bytes and refuses other bytes or another length")
    void matchesComparesBytes() {
        SchemaFingerprint current = SchemaFingerprint.current();
        byte[] flipped = current.toBytes();
        flipped[31] ^= 1;

        assertTrue(current.matches(current.toBytes()));
        assertFalse(current.matches(flipped));
        assertFalse(current.matches(new byte[0]));
    }

    private static FileDescriptorProto addField(
            FileDescriptorProto file, String messageName, String fieldName, int number) {
        FileDescriptorProto.Builder builder = file.toBuilder();
        builder.getMessageTypeBuilderList().stream()
                .filter(message -> message.getName().equals(messageName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(messageName + " not in " + file.getName()))
                .addField(FieldDescriptorProto.newBuilder()
                        .setName(fieldName)
                        .setNumber(number)
                        .setType(FieldDescriptorProto.Type.TYPE_UINT64)
                        .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL));
        return builder.build();
    }

    /**
     * Builds the whole schema again from its file protos, with {@code change} applied to one file,
     * and returns the new Envelope descriptor.
     */
    private static Descriptor rebuildEnvelope(String changedFile, UnaryOperator<FileDescriptorProto> change)
            throws DescriptorValidationException {
        Map<String, FileDescriptor> rebuilt = new HashMap<>();
        FileDescriptor envelopeFile = rebuild(Envelope.getDescriptor().getFile(), changedFile, change, rebuilt);
        return envelopeFile.findMessageTypeByName("Envelope");
    }

    private static FileDescriptor rebuild(
            FileDescriptor original,
            String changedFile,
            UnaryOperator<FileDescriptorProto> change,
            Map<String, FileDescriptor> rebuilt)
            throws DescriptorValidationException {
        FileDescriptor done = rebuilt.get(original.getName());
        if (done != null) {
            return done;
        }
        FileDescriptor[] dependencies =
                new FileDescriptor[original.getDependencies().size()];
        for (int i = 0; i < dependencies.length; i++) {
            dependencies[i] = rebuild(original.getDependencies().get(i), changedFile, change, rebuilt);
        }
        FileDescriptorProto proto = original.toProto();
        if (original.getName().equals(changedFile)) {
            proto = change.apply(proto);
        }
        FileDescriptor copy = FileDescriptor.buildFrom(proto, dependencies);
        rebuilt.put(original.getName(), copy);
        return copy;
    }
}
