package io.itddsim.wire.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A credentials file is refused when others may read it, as ssh refuses a private key (issue 10, F10). */
class CredentialsFileTest {

    private static final String KEYS =
            "keys:\n  a:\n    secret: 000102030405060708090a0b0c0d0e0f\n    roles: [observer]\n";

    @TempDir
    Path dir;

    private Path file(String permissions) throws Exception {
        Path file = dir.resolve("keys-" + permissions + ".yaml");
        Files.writeString(file, KEYS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    @DisplayName(
            "F10: a world-readable (0666) or group-readable (0640) credentials file is refused, saying how to fix it")
    void openFilesAreRefused() throws Exception {
        for (String permissions : new String[] {"rw-rw-rw-", "rw-r-----", "rw-r--r--"}) {
            Path open = file(permissions);
            Credentials.CredentialsException e =
                    assertThrows(Credentials.CredentialsException.class, () -> Credentials.load(open));
            assertTrue(e.getMessage().contains("chmod 600 " + open), e.getMessage());
        }
    }

    @Test
    @DisplayName("a credentials file only its owner may read (0600, 0400) is read")
    void privateFilesAreRead() throws Exception {
        assertEquals(1, Credentials.load(file("rw-------")).keys().size());
        assertEquals(1, Credentials.load(file("r--------")).keys().size());
    }
}
