package io.itddsim.sim.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the model's state, fed field by field in a fixed order. SHA-256 and the big-endian
 * encoding below are the same on every JVM, so the hash is stable across runs and machines.
 *
 * <p>The fields are gathered in a buffer and handed to SHA-256 a few kilobytes at a time: the hash
 * is that of the same bytes, but a state of thousands of 8-byte fields costs thousands of fewer
 * calls into the digest (a pump host hashes its state after every input it journals or answers in
 * test mode, on the sim thread), and nothing is allocated per field.
 */
public final class StateDigest {
    private static final int BUFFER_BYTES = 2048;
    /** Cloned for each digest: looking SHA-256 up by name costs more than hashing a small state. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private final MessageDigest sha;
    private final byte[] pending = new byte[BUFFER_BYTES];
    private int used;

    public StateDigest() {
        MessageDigest fresh;
        try {
            fresh = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                fresh = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java platform must provide SHA-256", impossible);
            }
        }
        sha = fresh;
    }

    private StateDigest(MessageDigest fedSoFar) {
        sha = fedSoFar;
    }

    public StateDigest add(long v) {
        if (used + 8 > BUFFER_BYTES) {
            flush();
        }
        for (int i = 7; i >= 0; i--) {
            pending[used + i] = (byte) v;
            v >>>= 8;
        }
        used += 8;
        return this;
    }

    public StateDigest add(boolean v) {
        return add(v ? 1L : 0L);
    }

    /**
     * The string's length in UTF-8 bytes, then those bytes. An ASCII string (every name and detail
     * the model writes) is copied straight into the buffer; any other is encoded first.
     */
    public StateDigest add(String s) {
        int n = s.length();
        if (n <= BUFFER_BYTES - 8 && isAscii(s, n)) {
            add(n);
            if (used + n > BUFFER_BYTES) {
                flush();
            }
            for (int i = 0; i < n; i++) {
                pending[used + i] = (byte) s.charAt(i);
            }
            used += n;
            return this;
        }
        return add(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public StateDigest add(byte[] bytes) {
        add(bytes.length);
        if (used + bytes.length <= BUFFER_BYTES) {
            System.arraycopy(bytes, 0, pending, used, bytes.length);
            used += bytes.length;
        } else {
            flush();
            sha.update(bytes);
        }
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
        flush();
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The SHA-256 of what was fed so far, leaving this digest as it was so more can be fed: a part
     * of the state that only ever grows (the event log) keeps one of these running instead of
     * being fed whole into every state hash.
     */
    public byte[] soFar() {
        flush();
        try {
            return ((MessageDigest) sha.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 here cannot be cloned", e);
        }
    }

    /** An independent digest that has been fed what this one has. */
    public StateDigest copy() {
        flush();
        try {
            return new StateDigest((MessageDigest) sha.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 here cannot be cloned", e);
        }
    }

    private void flush() {
        sha.update(pending, 0, used);
        used = 0;
    }
}
