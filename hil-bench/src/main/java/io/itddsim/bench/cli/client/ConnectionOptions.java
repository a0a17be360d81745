package io.itddsim.bench.cli.client;

import io.itddsim.bench.cli.Endpoints;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.client.ClientLink;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.SerialClientLink;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.serial.JsscSerialLink;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import picocli.CommandLine.Option;

/** How {@code itdd client} reaches a pump and who it says it is (a picocli mixin). */
public final class ConnectionOptions {

    @Option(
            names = "--target",
            required = true,
            paramLabel = "TARGET",
            description = "tcp://HOST:PORT or serial:DEVICE (e.g. tcp://127.0.0.1:7700, serial:/dev/ttyUSB0).")
    String target;

    @Option(
            names = "--baud",
            paramLabel = "N",
            defaultValue = "115200",
            description = "Serial line rate (default ${DEFAULT-VALUE}).")
    int baud;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            defaultValue = "clinician",
            description = "observer, patient, clinician or bench (default ${DEFAULT-VALUE}).")
    String role;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            defaultValue = "itdd-credentials.yaml",
            description = "Credentials file holding the key to prove (default ${DEFAULT-VALUE}).")
    Path keyFile;

    @Option(
            names = "--key-id",
            paramLabel = "ID",
            description = "Which key of the file (default: the first that may take the role).")
    String keyId;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "Client name; the pump recognises retries by key and name (default: random).")
    String clientName;

    @Option(
            names = "--pump",
            paramLabel = "SERIAL",
            defaultValue = "",
            description = "Only talk to the pump with this serial number.")
    String pumpSerial;

    /** Whether the target is a serial line (lossy: requests are retried with the same id). */
    boolean serial() {
        return target.startsWith("serial:");
    }

    /**
     * Connects and runs the handshake.
     *
     * @throws BadInput for a target, role or key file that cannot be used
     */
    PumpClient connect() throws Exception {
        Role wanted = role();
        PreSharedKey key = key(wanted);
        String name = clientName != null ? clientName : "itdd-client-" + randomHex();
        ClientOptions options = ClientOptions.of(key, wanted, name).withPumpSerialNumber(pumpSerial);
        return PumpClient.connect(opener(), options);
    }

    private ClientLink.Opener opener() throws BadInput {
        if (target.startsWith("tcp://")) {
            try {
                return TcpClientLink.to(Endpoints.parse(target.substring("tcp://".length())));
            } catch (RuntimeException e) {
                throw new BadInput("--target " + e.getMessage());
            }
        }
        if (serial()) {
            String device = target.substring("serial:".length());
            if (device.isBlank() || baud <= 0) {
                throw new BadInput("--target serial:DEVICE needs a device, and --baud a positive rate");
            }
            return SerialClientLink.over(new JsscSerialLink(device, baud));
        }
        throw new BadInput("--target '" + target + "': expected tcp://HOST:PORT or serial:DEVICE");
    }

    private Role role() throws BadInput {
        try {
            return Credentials.role("--role", role);
        } catch (Credentials.CredentialsException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private PreSharedKey key(Role wanted) throws BadInput {
        Credentials credentials;
        try {
            credentials = Credentials.load(keyFile);
        } catch (Credentials.CredentialsException e) {
            throw new BadInput(e.getMessage());
        }
        if (keyId != null) {
            return credentials.key(keyId).orElseThrow(() -> new BadInput(keyFile + " has no key '" + keyId + "'"));
        }
        List<PreSharedKey> fitting =
                credentials.keys().stream().filter(k -> k.allows(wanted)).toList();
        if (fitting.isEmpty()) {
            throw new BadInput(keyFile + " has no key that may take the role " + role);
        }
        return fitting.get(0);
    }

    private static String randomHex() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A command-line value that cannot be used; the command exits 2. */
    public static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        public BadInput(String message) {
            super(message);
        }
    }
}
