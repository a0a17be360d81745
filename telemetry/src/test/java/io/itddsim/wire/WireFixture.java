package io.itddsim.wire;

import io.itddsim.proto.v1.Role;
import io.itddsim.wire.client.ClientLink;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import io.itddsim.wire.session.ProofThrottle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** Keys and clients for tests that run a pump server on loopback. */
public final class WireFixture {

    public static final PreSharedKey CLINIC = new PreSharedKey(
            "clinic-a", secret("clinic"), Set.of(Role.ROLE_OBSERVER, Role.ROLE_PATIENT, Role.ROLE_CLINICIAN));
    public static final PreSharedKey PATIENT =
            new PreSharedKey("patient-7", secret("patient"), Set.of(Role.ROLE_PATIENT));
    public static final PreSharedKey BENCH = new PreSharedKey("bench-1", secret("bench"), Set.of(Role.ROLE_BENCH));
    public static final Credentials CREDENTIALS = Credentials.of(CLINIC, PATIENT, BENCH);
    /** Failed proofs answered after 50 ms, and a generous allowance, so tests of refusals run fast. */
    public static final ProofThrottle QUICK_THROTTLE = new ProofThrottle(
            java.time.Duration.ofMillis(50), 1_000, java.time.Duration.ofSeconds(1), System::nanoTime);

    private WireFixture() {}

    /** 32 bytes derived from a word, so tests need no random secrets. */
    public static byte[] secret(String word) {
        return Arrays.copyOf((word + "-secret-for-tests-only-0123456789").getBytes(StandardCharsets.US_ASCII), 32);
    }

    public static PumpClient connect(java.net.InetSocketAddress address, PreSharedKey key, Role role, String name)
            throws Exception {
        // a generous handshake wait: a shared CI machine can be loaded far beyond its cores
        ClientOptions options = ClientOptions.of(key, role, name);
        options = new ClientOptions(
                key,
                role,
                name,
                options.pumpSerialNumber(),
                options.schemaFingerprint(),
                java.time.Duration.ofSeconds(30));
        return PumpClient.connect(TcpClientLink.to(address), options);
    }

    public static PumpClient connect(ClientLink.Opener opener, ClientOptions options) throws Exception {
        return PumpClient.connect(opener, options);
    }
}
