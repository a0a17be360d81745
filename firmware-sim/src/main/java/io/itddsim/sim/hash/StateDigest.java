package io.itddsim.sim.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the model's state, fed field by field in a fixed order. SHA-256 and the big-endian
 * encoding below are the same on every JVM, so the hash is stable across runs and machines.
 */
public final class StateDigest {
    private final MessageDigest sha;
    private final byte[] buf = new byte[8];

    public StateDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    public StateDigest add(long v) {
        for (int i = 7; i >= 0; i--) {
            buf[i] = (byte) v;
            v >>>= 8;
        }
        sha.update(buf, 0, 8);
        return this;
    }

    public StateDigest add(boolean v) {
        return add(v ? 1L : 0L);
    }

    public StateDigest add(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        add(b.length);
        sha.update(b);
        return this;
    }

    public StateDigest add(byte[] bytes) {
        add(bytes.length);
        sha.update(bytes);
        return this;
    }

    /** Marks where one part of the state begins, so two parts cannot run into each other. */
    public StateDigest section(String name) {
        return add(name);
    }

    public StateDigest add(StateHashable part) {
        part.hashInto(this);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
