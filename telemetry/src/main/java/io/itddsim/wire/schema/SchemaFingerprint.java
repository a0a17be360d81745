package io.itddsim.wire.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import io.itddsim.proto.v1.Envelope;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of the wire schema as compiled, exchanged in the handshake so that two ends
 * built from different .proto files refuse each other, the way MAVLink's CRC_EXTRA rejects
 * mismatched message definitions.
 *
 * <p>It is derived from the descriptors, never maintained by hand: every file reachable from the
 * root message through imports, ordered by file name, each as a normalised {@code
 * FileDescriptorProto} preceded by its length. Normalising drops what does not change the bytes
 * on the wire and differs between languages or code generators (file options such as {@code
 * java_package}, source locations, JSON names), so a client generated in another language from
 * the same .proto files gets the same fingerprint. docs/PROTOCOL.md describes the computation for
 * client authors.
 */
public final class SchemaFingerprint {

    /** Length of the fingerprint in bytes (SHA-256). */
    public static final int LENGTH_BYTES = 32;

    private static final SchemaFingerprint CURRENT = of(Envelope.getDescriptor());

    private final byte[] digest;

    private SchemaFingerprint(byte[] digest) {
        this.digest = digest;
    }

    /** The fingerprint of the schema this build was compiled with. */
    public static SchemaFingerprint current() {
        return CURRENT;
    }

    /** The fingerprint of the schema that {@code root} and everything it imports form. */
    public static SchemaFingerprint of(Descriptor root) {
        Map<String, FileDescriptor> filesByName = new TreeMap<>();
        collect(root.getFile(), filesByName);
        MessageDigest sha256 = newSha256();
        for (FileDescriptor file : filesByName.values()) {
            byte[] bytes = normalised(file.toProto()).toByteArray();
            sha256.update(bigEndian(bytes.length));
            sha256.update(bytes);
        }
        return new SchemaFingerprint(sha256.digest());
    }

    /** Whether {@code candidate}, as received in a Hello or Challenge, equals this fingerprint. */
    public boolean matches(byte[] candidate) {
        return MessageDigest.isEqual(digest, candidate);
    }

    public byte[] toBytes() {
        return digest.clone();
    }

    public String toHex() {
        return HexFormat.of().formatHex(digest);
    }

    private static void collect(FileDescriptor file, Map<String, FileDescriptor> filesByName) {
        if (filesByName.putIfAbsent(file.getName(), file) == null) {
            file.getDependencies().forEach(dependency -> collect(dependency, filesByName));
        }
    }

    private static FileDescriptorProto normalised(FileDescriptorProto file) {
        FileDescriptorProto.Builder builder = file.toBuilder().clearOptions().clearSourceCodeInfo();
        for (DescriptorProto.Builder message : builder.getMessageTypeBuilderList()) {
            clearJsonNames(message);
        }
        return builder.build();
    }

    private static void clearJsonNames(DescriptorProto.Builder message) {
        for (FieldDescriptorProto.Builder field : message.getFieldBuilderList()) {
            field.clearJsonName();
        }
        for (DescriptorProto.Builder nested : message.getNestedTypeBuilderList()) {
            clearJsonNames(nested);
        }
    }

    private static byte[] bigEndian(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform is required to provide SHA-256
            throw new IllegalStateException("SHA-256 is not available on this JVM", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaFingerprint that && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "SchemaFingerprint[" + toHex() + "]";
    }
}
