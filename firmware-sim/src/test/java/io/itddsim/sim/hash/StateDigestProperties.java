package io.itddsim.sim.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class StateDigestProperties {

    /** The definition: the UTF-8 length as 8 bytes big-endian, then the UTF-8 bytes. */
    private static String byDefinition(String s) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        long n = utf8.length;
        for (int i = 7; i >= 0; i--) {
            sha.update((byte) (n >>> (8 * i)));
        }
        sha.update(utf8);
        return HexFormat.of().formatHex(sha.digest());
    }

    @Property(tries = 500)
    @Label("a string hashes as its UTF-8 length and bytes, ASCII or not, short or long")
    void stringsHashByTheirUtf8Bytes(@ForAll @StringLength(max = 600) String s) throws Exception {
        assertEquals(byDefinition(s), new StateDigest().add(s).hex());
    }

    @Property(tries = 200)
    @Label("fields hash as their bytes in order, however many and however the buffer fills")
    void fieldsHashAsTheirBytesInOrder(
            @ForAll @net.jqwik.api.constraints.Size(max = 3000) java.util.List<Long> numbers,
            @ForAll @StringLength(max = 40) String name,
            @ForAll @net.jqwik.api.constraints.Size(max = 20000) byte[] blob)
            throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StateDigest digest = new StateDigest();
        for (long v : numbers) {
            sha.update(java.nio.ByteBuffer.allocate(8).putLong(v).array());
            digest.add(v);
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            sha.update(java.nio.ByteBuffer.allocate(8).putLong(utf8.length).array());
            sha.update(utf8);
            digest.add(name);
        }
        sha.update(java.nio.ByteBuffer.allocate(8).putLong(blob.length).array());
        sha.update(blob);
        digest.add(blob);

        assertEquals(HexFormat.of().formatHex(sha.digest()), digest.hex());
    }
}
