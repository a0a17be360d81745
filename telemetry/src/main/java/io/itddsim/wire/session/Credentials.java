package io.itddsim.wire.session;

import io.itddsim.proto.v1.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The pre-shared keys a pump host accepts (or a client holds), read from a YAML file:
 *
 * <pre>
 * keys:
 *   clinic-a:
 *     secret: 9b4f...e1     # hex, at least 16 bytes; 32 random bytes recommended
 *     roles: [observer, patient, clinician]
 *   bench-1:
 *     secret: 51c0...7a
 *     roles: [bench]
 * </pre>
 *
 * The file holds secrets: it must be readable by its owner only ({@code chmod 600}), or it is
 * refused. Roles nest as sessions do: a key listing {@code clinician} may also take {@code patient}
 * and {@code observer}.
 */
public final class Credentials {

    private final Map<String, PreSharedKey> keysById;
    /** A random secret no client holds, checked against for unknown key ids so they cost the same. */
    private final byte[] decoy = new byte[32];

    private Credentials(Map<String, PreSharedKey> keysById) {
        this.keysById = Map.copyOf(keysById);
        new java.security.SecureRandom().nextBytes(decoy);
    }

    public static Credentials of(PreSharedKey... keys) {
        Map<String, PreSharedKey> byId = new LinkedHashMap<>();
        for (PreSharedKey key : keys) {
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw new IllegalArgumentException("key '" + key.id() + "' is given twice");
            }
        }
        return new Credentials(byId);
    }

    public Optional<PreSharedKey> key(String id) {
        return Optional.ofNullable(keysById.get(id));
    }

    /** Every key, for a client that holds one and has to pick it. */
    public List<PreSharedKey> keys() {
        return List.copyOf(keysById.values());
    }

    /** A secret that matches no key: what a proof for an unknown key id is checked against. */
    byte[] decoySecret() {
        return decoy.clone();
    }

    /**
     * Reads a credentials file. Like ssh with a private key, it refuses a file that its group or
     * anyone else may read or write (on file systems with POSIX permissions): the secrets in it
     * would not be secret.
     *
     * @throws CredentialsException naming the file, the key and what was expected
     */
    public static Credentials load(Path file) throws CredentialsException {
        refuseWhenOthersMayRead(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CredentialsException(file + ": cannot read the credentials file: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    private static void refuseWhenOthersMayRead(Path file) throws CredentialsException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // no POSIX permissions here (Windows): nothing to check
        } catch (IOException e) {
            throw new CredentialsException(file + ": cannot read the credentials file: " + e.getMessage());
        }
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : permissions) {
            if (p != PosixFilePermission.OWNER_READ
                    && p != PosixFilePermission.OWNER_WRITE
                    && p != PosixFilePermission.OWNER_EXECUTE) {
                open.add(p);
            }
        }
        if (!open.isEmpty()) {
            throw new CredentialsException(file + ": the credentials file holds secrets but its permissions are "
                    + PosixFilePermissions.toString(permissions) + " (others may read or change it); refusing it."
                    + " Make it private: chmod 600 " + file);
        }
    }

    public static Credentials parse(String source, String text) throws CredentialsException {
        if (text == null || text.isBlank()) {
            throw new CredentialsException(source + ": the file is empty; expected a 'keys' map (id: {secret, roles})");
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException | IllegalArgumentException e) {
            // SnakeYAML lets some malformed scalars escape as NumberFormatException (found by fuzzing)
            throw new CredentialsException(source + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("keys") instanceof Map<?, ?> keys) || keys.isEmpty()) {
            throw new CredentialsException(
                    source + ": expected a 'keys' map with at least one key (id: {secret, roles})");
        }
        Map<String, PreSharedKey> byId = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : keys.entrySet()) {
            String id = String.valueOf(entry.getKey());
            byId.put(id, readKey(source, id, entry.getValue()));
        }
        return new Credentials(byId);
    }

    private static PreSharedKey readKey(String source, String id, Object value) throws CredentialsException {
        String where = source + ": key '" + id + "'";
        if (!(value instanceof Map<?, ?> fields)) {
            throw new CredentialsException(where + ": expected a map with 'secret' and 'roles'");
        }
        if (!(fields.get("secret") instanceof String secretHex)) {
            throw new CredentialsException(where + ": expected 'secret' as a hex string");
        }
        byte[] secret;
        try {
            secret = HexFormat.of().parseHex(secretHex.strip());
        } catch (IllegalArgumentException e) {
            throw new CredentialsException(where + ": 'secret' is not hex: " + e.getMessage());
        }
        if (!(fields.get("roles") instanceof List<?> roleNames) || roleNames.isEmpty()) {
            throw new CredentialsException(
                    where + ": expected 'roles' as a list of observer, patient, clinician, bench");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : roleNames) {
            roles.add(role(where, String.valueOf(name)));
        }
        try {
            return new PreSharedKey(id, secret, roles);
        } catch (IllegalArgumentException e) {
            throw new CredentialsException(source + ": " + e.getMessage());
        }
    }

    /** A role by its short name (observer, patient, clinician, bench). */
    public static Role role(String where, String name) throws CredentialsException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "observer" -> Role.ROLE_OBSERVER;
            case "patient" -> Role.ROLE_PATIENT;
            case "clinician" -> Role.ROLE_CLINICIAN;
            case "bench" -> Role.ROLE_BENCH;
            default ->
                throw new CredentialsException(
                        where + ": unknown role '" + name + "'; expected observer, patient, clinician or bench");
        };
    }

    /** Thrown for a credentials file that cannot be used; the message says why. */
    public static final class CredentialsException extends Exception {
        private static final long serialVersionUID = 1L;

        public CredentialsException(String message) {
            super(message);
        }
    }
}
