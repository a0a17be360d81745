package io.itddsim.bench.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Makes a credentials file with a fresh random key, readable by its owner only. */
final class CredentialsFiles {

    static final String DEFAULT_KEY_ID = "local";

    private CredentialsFiles() {}

    /**
     * Writes {@code file} with one key, {@value #DEFAULT_KEY_ID}, of 32 random bytes, that may take
     * every role. Fails if the file exists: an existing key is never overwritten.
     */
    static void createWithRandomKey(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String text = "# itdd-sim credentials: pre-shared keys by id. Keep this file private.\n"
                + "keys:\n"
                + "  " + DEFAULT_KEY_ID + ":\n"
                + "    secret: " + HexFormat.of().formatHex(secret) + "\n"
                + "    roles: [observer, patient, clinician, bench]\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " already exists; not overwriting a key", e);
        }
        Files.writeString(file, text);
    }
}
