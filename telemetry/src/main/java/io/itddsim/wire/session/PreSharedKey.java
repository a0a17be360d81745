package io.itddsim.wire.session;

import io.itddsim.proto.v1.Role;
import java.util.Arrays;
import java.util.Set;

/**
 * A key both ends hold, never sent: a client proves it holds the key by a MAC in the handshake.
 *
 * @param id     the name a client gives in its Hello to say which key it will prove
 * @param secret the key bytes (HMAC-SHA256 key)
 * @param roles  the roles a client proving this key may take, each with those below it
 */
public record PreSharedKey(String id, byte[] secret, Set<Role> roles) {

    /** Shortest secret accepted: 128 bits, as RFC 2104 advises at least the hash output's half. */
    public static final int MIN_SECRET_BYTES = 16;

    public PreSharedKey {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("key id: expected a name, got nothing");
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("key '" + id + "': expected a secret of at least " + MIN_SECRET_BYTES
                    + " bytes, got " + (secret == null ? 0 : secret.length));
        }
        secret = secret.clone();
        roles = Set.copyOf(roles);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /**
     * Whether a client proving this key may take {@code role}: a role the key lists, or one below
     * it (roles nest, as for sessions: docs/PROTOCOL.md section 5.3).
     */
    public boolean allows(Role role) {
        for (Role listed : roles) {
            if (RolePolicy.includes(listed, role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreSharedKey that
                && id.equals(that.id)
                && Arrays.equals(secret, that.secret)
                && roles.equals(that.roles);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "PreSharedKey[" + id + ", roles=" + roles + "]";
    }
}
