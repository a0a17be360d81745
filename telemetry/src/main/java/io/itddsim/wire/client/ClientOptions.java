package io.itddsim.wire.client;

import io.itddsim.proto.v1.Role;
import io.itddsim.wire.schema.SchemaFingerprint;
import io.itddsim.wire.session.PreSharedKey;
import java.time.Duration;

/**
 * How a client introduces itself.
 *
 * @param key                 the pre-shared key to prove (its id is sent, its secret never)
 * @param role                the role asked for
 * @param clientName          names this client instance; together with the key id it is what
 *                            the pump recognises retries by, so two clients sharing a key need
 *                            different names
 * @param pumpSerialNumber    the pump meant; empty accepts any
 * @param schemaFingerprint   the schema this client was built with (tests send others)
 * @param handshakeTimeout    how long to wait for each handshake step
 */
public record ClientOptions(
        PreSharedKey key,
        Role role,
        String clientName,
        String pumpSerialNumber,
        byte[] schemaFingerprint,
        Duration handshakeTimeout) {

    public static ClientOptions of(PreSharedKey key, Role role, String clientName) {
        return new ClientOptions(
                key, role, clientName, "", SchemaFingerprint.current().toBytes(), Duration.ofSeconds(10));
    }

    public ClientOptions withSchemaFingerprint(byte[] fingerprint) {
        return new ClientOptions(key, role, clientName, pumpSerialNumber, fingerprint, handshakeTimeout);
    }

    public ClientOptions withPumpSerialNumber(String serial) {
        return new ClientOptions(key, role, clientName, serial, schemaFingerprint, handshakeTimeout);
    }

    public ClientOptions withRole(Role newRole) {
        return new ClientOptions(key, newRole, clientName, pumpSerialNumber, schemaFingerprint, handshakeTimeout);
    }
}
