package io.itddsim.bench.cli;

import io.itddsim.bench.record.DamagedRecordingException;
import io.itddsim.bench.record.PlaybackPump;
import io.itddsim.bench.record.Recording;
import io.itddsim.bench.scenario.QuantityKind;
import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.target.PumpScenarios;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.host.state.DurableState;
import io.itddsim.wire.host.state.StateException;
import io.itddsim.wire.host.state.StateFolder;
import io.itddsim.wire.metrics.PrometheusEndpoint;
import io.itddsim.wire.metrics.WireMetrics;
import io.itddsim.wire.schema.SchemaFingerprint;
import io.itddsim.wire.serial.SerialPortSettings;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.tcp.TcpPumpServer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itdd pump}: runs an emulated pump that clients reach over TCP and/or a serial port. */
@Command(
        name = "pump",
        mixinStandardHelpOptions = true,
        description = {
            "Run an emulated pump that clients reach over TCP and/or a serial port, until stopped (Ctrl-C).",
            "SCENARIO_OR_PROFILE: a scenario file (its pump and timeline) or a profile name "
                    + "(synchromed2-20ml, synchromed2-40ml: a new pump, empty and stopped)."
        })
final class PumpServeCommand implements Callable<Integer> {

    static final String DEFAULT_TCP = "127.0.0.1:7700";
    static final Path DEFAULT_CREDENTIALS = Path.of("itdd-credentials.yaml");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO_OR_PROFILE")
    String scenarioOrProfile;

    @Option(
            names = "--playback",
            paramLabel = "FILE",
            description = "Play a recording (itdd bench run --record) back to a bench as if this were the pump"
                    + " that was recorded (TCP only; no SCENARIO_OR_PROFILE).")
    Path playback;

    @Option(
            names = "--tcp",
            paramLabel = "HOST:PORT",
            converter = Endpoints.class,
            description = "Listen for TCP clients here (default " + DEFAULT_TCP
                    + " when no --serial is given; loopback only unless told).")
    InetSocketAddress tcp;

    @Option(
            names = "--serial",
            paramLabel = "DEVICE",
            description = "Serve a serial port, e.g. /dev/ttyUSB0 (reopened whenever it comes back).")
    String serialDevice;

    @Option(
            names = "--baud",
            paramLabel = "N",
            defaultValue = "115200",
            description = "Serial line rate (default ${DEFAULT-VALUE}).")
    int baud;

    @Option(
            names = "--pace",
            paramLabel = "MODE",
            defaultValue = "realtime",
            description =
                    "lockstep (only Step advances time; needs --test-mode), realtime, realtime:FACTOR, or free (default ${DEFAULT-VALUE}).")
    String pace;

    @Option(names = "--test-mode", description = "Allow the bench role: fault injection and time control.")
    boolean testMode;

    @Option(
            names = "--metrics",
            paramLabel = "HOST:PORT",
            converter = Endpoints.class,
            description = "Serve Prometheus metrics at http://HOST:PORT/metrics.")
    InetSocketAddress metrics;

    @Option(
            names = "--credentials",
            paramLabel = "FILE",
            description =
                    "Pre-shared keys (YAML). Default: ./itdd-credentials.yaml, made with a fresh random key if missing.")
    Path credentials;

    @Option(
            names = "--serial-number",
            paramLabel = "S",
            defaultValue = "ITDD-SIM-0001",
            description = "The pump's serial number (default ${DEFAULT-VALUE}).")
    String serialNumber;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, replacing the scenario's own.")
    Long seed;

    @Option(
            names = "--state",
            paramLabel = "DIR",
            description = "Keep the pump's state here (journal and snapshots) so it survives a crash or restart;"
                    + " default ./itdd-state/SERIAL_NUMBER, except with --test-mode (no state unless given)."
                    + " A pump with state refuses LoadScenario: its state is the patient's.")
    Path state;

    @Option(names = "--no-state", description = "Keep no state: every start is a new pump from the scenario.")
    boolean noState;

    @Option(names = "--fresh", description = "Start over on purpose: remove the state kept in the state folder.")
    boolean fresh;

    @Option(
            names = "--snapshot-every",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Save the whole pump every N journaled inputs (default ${DEFAULT-VALUE}).")
    int snapshotEvery;

    @Option(
            names = "--sample-interval",
            paramLabel = "SIM_TIME",
            defaultValue = "100ms",
            description = "Sim time between status samples (default ${DEFAULT-VALUE}); a bench stepping days at a"
                    + " time runs faster with a coarser one, such as the scenario's bench.sample_every.")
    String sampleInterval;

    @Option(
            names = "--realtime-priority",
            paramLabel = "N",
            defaultValue = "0",
            description = "Run the sim thread in Linux's real-time class (SCHED_FIFO, priority 1 to 99) while it"
                    + " paces at real time or slower, so its 1 ms ticks are not late when the machine is busy;"
                    + " needs root or CAP_SYS_NICE, warns and runs normally without (default: off).")
    int realtimePriority;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (playback != null) {
            return playBack(out, err);
        }
        if (scenarioOrProfile == null) {
            return badInput(err, "give a SCENARIO_OR_PROFILE to run, or --playback FILE");
        }
        Pacing chosenPace;
        try {
            chosenPace = Pacing.parse(pace);
        } catch (IllegalArgumentException e) {
            return badInput(err, "--pace " + e.getMessage());
        }
        if (chosenPace.mode() == PaceMode.PACE_MODE_LOCKSTEP && !testMode) {
            return badInput(err, "--pace lockstep needs --test-mode: only a bench may step time");
        }
        if (baud <= 0) {
            return badInput(err, "--baud: expected a positive line rate, got " + baud);
        }
        if (snapshotEvery <= 0) {
            return badInput(err, "--snapshot-every: expected a positive count, got " + snapshotEvery);
        }
        if (noState && (state != null || fresh)) {
            return badInput(err, "--no-state keeps no state folder: it cannot go with --state or --fresh");
        }
        if (testMode && state == null && fresh) {
            return badInput(err, "--fresh: a --test-mode pump keeps no state unless --state DIR is given");
        }
        PumpSetups.Start start;
        try {
            start = PumpSetups.resolve(scenarioOrProfile, seed);
        } catch (ScenarioError e) {
            return badInput(err, e.getMessage());
        }
        HostConfig config;
        try {
            config = HostConfig.of(
                            start.plan(),
                            PumpIdentities.of(start.plan().setup().profile(), serialNumber, testMode),
                            chosenPace)
                    .withSampleIntervalUs(QuantityKind.DURATION.parse(sampleInterval));
        } catch (IllegalArgumentException e) {
            return badInput(err, "--sample-interval: " + e.getMessage());
        }
        try {
            config = config.withRealTimePriority(realtimePriority);
        } catch (IllegalArgumentException e) {
            return badInput(err, "--realtime-priority: " + e.getMessage());
        }
        Credentials keys;
        try {
            keys = loadCredentials(out);
        } catch (Credentials.CredentialsException | IOException e) {
            return badInput(err, e.getMessage());
        }
        DurableState durable = null;
        // a bench's pump (test mode) starts over from each scenario it loads: it keeps state only when told
        boolean keepsState = !noState && (state != null || !testMode);
        if (keepsState) {
            Path dir = state != null ? state : Path.of("itdd-state", serialNumber);
            try {
                durable = DurableState.restore(StateFolder.open(dir, start.plan(), fresh), start.plan(), snapshotEvery);
            } catch (StateException e) {
                return badInput(err, "--state " + e.getMessage());
            } catch (IOException e) {
                return badInput(err, "--state " + dir + ": " + e.getMessage());
            }
        }
        PrometheusMeterRegistry registry = PrometheusEndpoint.newRegistry();
        // heap and GC meters: how an operator sees that memory stays bounded (docs/RELIABILITY.md)
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        PumpServer.Builder builder = PumpServer.builder(config, keys)
                .metrics(new WireMetrics(registry))
                .onSimulationDeath(PumpServeCommand::exitAtOnce)
                .state(durable)
                .scenarios(PumpScenarios.reader());
        InetSocketAddress tcpAddress = tcp != null || serialDevice != null ? tcp : Endpoints.parse(DEFAULT_TCP);
        if (tcpAddress != null) {
            builder.tcp(tcpAddress);
        }
        if (serialDevice != null) {
            builder.serial(SerialPortSettings.of(serialDevice, baud));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (PumpServer server = builder.start();
                PrometheusEndpoint endpoint = metrics == null ? null : PrometheusEndpoint.start(metrics, registry)) {
            out.println("itdd pump: " + start.description() + ", serial number " + serialNumber + ", pace " + chosenPace
                    + (testMode ? ", TEST MODE" : ""));
            if (tcpAddress != null) {
                out.println("  tcp      " + server.tcpAddress().getHostString() + ":"
                        + server.tcpAddress().getPort());
                warnBeyondLoopback(err, "--tcp", server.tcpAddress());
            }
            if (serialDevice != null) {
                out.println("  serial   " + serialDevice + " at " + baud + " baud");
            }
            if (endpoint != null) {
                out.println("  metrics  http://" + endpoint.address().getHostString() + ":"
                        + endpoint.address().getPort() + PrometheusEndpoint.PATH);
                warnBeyondLoopback(err, "--metrics", endpoint.address());
            }
            if (durable != null) {
                out.println("  state    " + durable.dir() + " (" + durable.summary() + ", sim time "
                        + server.host().simTimeUs() + " us)");
            }
            out.println("  schema   " + SchemaFingerprint.current().toHex());
            out.println("Ctrl-C stops the pump.");
            out.flush();
            awaitShutdown(stopped);
        } catch (IOException e) {
            err.println("itdd pump: " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** Says so, loudly, when an endpoint can be reached from other machines. */
    private static void warnBeyondLoopback(PrintWriter err, String option, InetSocketAddress bound) {
        if (!TcpPumpServer.isLoopback(bound)) {
            err.println("itdd pump: WARNING: " + option + " " + bound.getHostString() + ":" + bound.getPort()
                    + " is reachable from other machines. Sessions are authenticated but not encrypted:"
                    + " anyone on the network can read them. Bind 127.0.0.1 unless the network is trusted.");
            err.flush();
        }
    }

    /**
     * The pump's simulation thread died (a model failure, an OutOfMemoryError): this process no
     * longer doses, so it must not linger as a pump that answers nothing. It says why on stderr
     * and exits at once with {@link ItddCommand#EXIT_PUMP_DIED}, without waiting for shutdown
     * hooks that might themselves hang.
     */
    private static void exitAtOnce(Throwable failure) {
        System.err.println("itdd pump: the pump's simulation stopped (" + failure + "); exiting");
        System.err.flush();
        Runtime.getRuntime().halt(ItddCommand.EXIT_PUMP_DIED);
    }

    /** {@code --playback FILE}: the recorded pump's part, to any bench that connects over TCP. */
    private int playBack(PrintWriter out, PrintWriter err) throws Exception {
        if (scenarioOrProfile != null || serialDevice != null) {
            return badInput(err, "--playback plays a recording over TCP; it takes no SCENARIO_OR_PROFILE or --serial");
        }
        if (state != null || fresh) {
            return badInput(err, "--playback plays a recording and keeps no state: it takes no --state or --fresh");
        }
        Recording recording;
        try {
            recording = Recording.read(playback);
        } catch (DamagedRecordingException | IOException e) {
            return badInput(err, e.getMessage());
        }
        Credentials keys;
        try {
            keys = loadCredentials(out);
        } catch (Credentials.CredentialsException | IOException e) {
            return badInput(err, e.getMessage());
        }
        InetSocketAddress address = tcp != null ? tcp : Endpoints.parse(DEFAULT_TCP);
        CountDownLatch stopped = new CountDownLatch(1);
        try (PlaybackPump pump = PlaybackPump.start(recording, keys, address)) {
            out.println("itdd pump: playing back " + playback + " ("
                    + recording.header().getScenarioSource() + ", " + pump.turns() + " requests answered as recorded)");
            out.println("  tcp      " + pump.address().getHostString() + ":"
                    + pump.address().getPort());
            warnBeyondLoopback(err, "--tcp", pump.address());
            out.println("Ctrl-C stops it.");
            out.flush();
            awaitShutdown(stopped);
        } catch (IllegalArgumentException e) {
            return badInput(err, playback + ": " + e.getMessage());
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    private Credentials loadCredentials(PrintWriter out) throws Credentials.CredentialsException, IOException {
        Path file = credentials == null ? DEFAULT_CREDENTIALS : credentials;
        if (credentials == null && !Files.exists(file)) {
            CredentialsFiles.createWithRandomKey(file);
            out.println("itdd pump: made " + file + " with a fresh random key '" + CredentialsFiles.DEFAULT_KEY_ID
                    + "' (all roles); clients use it with --key-file " + file);
        }
        return Credentials.load(file);
    }

    /** Waits for Ctrl-C; the JVM then waits (briefly) for the pump to close its ports. */
    private static void awaitShutdown(CountDownLatch stopped) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stop.countDown();
                            try {
                                stopped.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "itdd-pump-shutdown"));
        stop.await();
    }

    private static int badInput(PrintWriter err, String message) {
        err.println("itdd pump: " + message);
        err.flush();
        return ItddCommand.EXIT_BAD_INPUT;
    }
}
