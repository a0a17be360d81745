package io.itddsim.wire.session;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text as a credentials file: a usable set of keys or a CredentialsException, nothing else. */
class CredentialsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void credentialsParseOrExplain(String text) {
        try {
            Credentials.parse("fuzz.yaml", text);
        } catch (Credentials.CredentialsException e) {
            // the expected answer to a bad file
        }
    }
}
