package io.itddsim.wire.privilege;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.RawTcpClient;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.HandshakeException;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import io.itddsim.wire.session.ProofThrottle;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the handshake tells a client that has not proved a key: nothing (issue 10, F10). */
class HandshakeDisclosureTest {

    private static final PreSharedKey PATIENT_ONLY =
            new PreSharedKey("patient-only", WireFixture.secret("ptm"), Set.of(Role.ROLE_PATIENT));

    private static PumpServer start(ProofThrottle throttle) throws Exception {
        return PumpServer.builder(
                        Pumps.config(Pacing.lockstep(), false),
                        Credentials.of(WireFixture.CLINIC, WireFixture.PATIENT, PATIENT_ONLY))
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .proofThrottle(throttle)
                .start();
    }

    @Test
    @DisplayName("F10: the Challenge names no pump; only the Welcome, after the proof, does")
    void noIdentityBeforeProof() throws Exception {
        try (PumpServer server = start(WireFixture.QUICK_THROTTLE);
                RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            Envelope welcome = client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN);

            assertFalse(
                    client.lastChallenge().getChallenge().hasPump(),
                    client.lastChallenge().toString());
            assertEquals(Pumps.SERIAL, welcome.getWelcome().getPump().getSerialNumber());
        }
    }

    @Test
    @DisplayName("F10: an unknown key, a wrong secret and a role the key may not take get the same answer")
    void keysCannotBeEnumerated() throws Exception {
        try (PumpServer server = start(WireFixture.QUICK_THROTTLE)) {
            PreSharedKey unknown = new PreSharedKey("nobody", WireFixture.secret("x"), Set.of(Role.ROLE_CLINICIAN));
            PreSharedKey wrongSecret =
                    new PreSharedKey(WireFixture.CLINIC.id(), WireFixture.secret("guess"), WireFixture.CLINIC.roles());

            HandshakeException a = refused(server, unknown, Role.ROLE_CLINICIAN);
            HandshakeException b = refused(server, wrongSecret, Role.ROLE_CLINICIAN);
            HandshakeException c = refused(server, WireFixture.PATIENT, Role.ROLE_CLINICIAN);

            assertEquals(a.reason(), b.reason());
            assertEquals(a.reason(), c.reason());
            assertEquals(a.getMessage(), b.getMessage());
            assertEquals(a.getMessage(), c.getMessage());
            assertFalse(a.getMessage().contains("patient"), "no key's roles are named: " + a.getMessage());
        }
    }

    private static HandshakeException refused(PumpServer server, PreSharedKey key, Role role) {
        return assertThrows(HandshakeException.class, () -> WireFixture.connect(server.tcpAddress(), key, role, "x"));
    }

    @Test
    @DisplayName("F10: failed proofs are answered late, and after a few the key's proofs are not even checked")
    void badProofsAreSlowedDown() throws Exception {
        ProofThrottle slow = new ProofThrottle(Duration.ofMillis(300), 3, Duration.ofHours(1), System::nanoTime);
        try (PumpServer server = start(slow)) {
            PreSharedKey guess =
                    new PreSharedKey(WireFixture.CLINIC.id(), WireFixture.secret("guess"), WireFixture.CLINIC.roles());
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                refused(server, guess, Role.ROLE_CLINICIAN);
                assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos(), "answered at once");
            }

            // the allowance is spent: even the right secret is refused until it comes back
            refused(server, WireFixture.CLINIC, Role.ROLE_CLINICIAN);
            // another key is not held up
            try (PumpClient other =
                    WireFixture.connect(server.tcpAddress(), WireFixture.PATIENT, Role.ROLE_PATIENT, "p")) {
                assertEquals(Role.ROLE_PATIENT, other.welcome().getGrantedRole());
            }
        }
    }

    @Test
    @DisplayName("F10: roles nest for keys as for sessions: a key listing only patient may observe")
    void keyRolesNest() throws Exception {
        try (PumpServer server = start(WireFixture.QUICK_THROTTLE);
                PumpClient observer =
                        WireFixture.connect(server.tcpAddress(), PATIENT_ONLY, Role.ROLE_OBSERVER, "logger")) {
            assertEquals(Role.ROLE_OBSERVER, observer.welcome().getGrantedRole());
            assertTrue(PATIENT_ONLY.allows(Role.ROLE_OBSERVER));
            assertFalse(PATIENT_ONLY.allows(Role.ROLE_CLINICIAN));
        }
    }
}
