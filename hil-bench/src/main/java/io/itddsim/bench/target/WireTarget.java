package io.itddsim.bench.target;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.Target;
import io.itddsim.bench.run.TargetException;
import io.itddsim.proto.v1.RefusalReason;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.client.ClientLink;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.HandshakeException;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.SerialClientLink;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.serial.JsscSerialLink;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A pump reached over TCP or a serial line: the emulator ({@code itdd pump}) or real electronics
 * speaking the protocol. Each scenario is a session of its own. As the bench role on a pump in
 * test mode, the bench has the pump start over from the scenario (LoadScenario, where supported),
 * steps time in lockstep, arms the faults and sends the timeline at their sim times; on a pump not
 * in test mode it follows the pump's own clock (real time) and can inject nothing.
 */
public final class WireTarget implements Target {
    private final TargetSpec spec;
    private final PreSharedKey key;
    private final Function<BenchScenario, FrameTap> taps;

    /**
     * @param key  the pre-shared key to prove; it must allow the bench role for lockstep runs
     * @param taps what sees each scenario's frames (a recorder), or a function giving FrameTap.NONE
     */
    public WireTarget(TargetSpec spec, PreSharedKey key, Function<BenchScenario, FrameTap> taps) {
        if (!spec.wire()) {
            throw new IllegalArgumentException("not a wire target: " + spec.text());
        }
        this.spec = spec;
        this.key = key;
        this.taps = taps;
    }

    @Override
    public String describe() {
        return spec.text();
    }

    /** A pump holds one run at a time. */
    @Override
    public boolean concurrent() {
        return false;
    }

    @Override
    public Observations run(BenchScenario scenario, ProgressListener progress) throws TargetException {
        List<String> problems = WireRequests.problems(scenario.plan());
        if (!problems.isEmpty()) {
            throw new TargetException(String.join("; ", problems));
        }
        FrameTap tap = taps.apply(scenario);
        try (tap) {
            PumpClient client;
            boolean timeControl = true;
            try {
                client = connect(Role.ROLE_BENCH, tap);
            } catch (HandshakeException e) {
                if (e.reason() != RefusalReason.REFUSAL_REASON_NOT_TEST_MODE) {
                    throw e;
                }
                client = connect(Role.ROLE_CLINICIAN, tap);
                timeControl = false;
            }
            try (PumpClient c = client) {
                WireRun run = new WireRun(c, spec, scenario, progress);
                return timeControl ? run.lockstep() : run.realTime();
            }
        } catch (TargetException e) {
            throw e;
        } catch (HandshakeException e) {
            throw new TargetException(spec.text() + ": the pump refused the bench: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException(spec.text() + ": interrupted", e);
        } catch (Exception e) {
            throw new TargetException(spec.text() + ": " + e.getMessage(), e);
        }
    }

    private PumpClient connect(Role role, FrameTap tap) throws Exception {
        byte[] nonce = new byte[4];
        new SecureRandom().nextBytes(nonce);
        ClientOptions options =
                ClientOptions.of(key, role, "itdd-bench-" + HexFormat.of().formatHex(nonce));
        return PumpClient.connect(opener(), options, tap);
    }

    private ClientLink.Opener opener() {
        if (spec.kind() == TargetSpec.Kind.TCP) {
            return TcpClientLink.to(
                    new InetSocketAddress(spec.tcp().getHostString(), spec.tcp().getPort()));
        }
        return SerialClientLink.over(new JsscSerialLink(spec.device(), spec.baud()));
    }
}
