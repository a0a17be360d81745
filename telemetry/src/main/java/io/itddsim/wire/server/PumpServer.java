package io.itddsim.wire.server;

import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.host.ScenarioReader;
import io.itddsim.wire.host.state.DurableState;
import io.itddsim.wire.linkfault.FaultInjectingSerialLink;
import io.itddsim.wire.linkfault.LinkFaults;
import io.itddsim.wire.linkfault.LinkTransport;
import io.itddsim.wire.metrics.WireMetrics;
import io.itddsim.wire.serial.JsscSerialLink;
import io.itddsim.wire.serial.SerialLink;
import io.itddsim.wire.serial.SerialPortSettings;
import io.itddsim.wire.serial.SerialPumpPort;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.ProofThrottle;
import io.itddsim.wire.session.RequestLimits;
import io.itddsim.wire.session.SessionServices;
import io.itddsim.wire.session.StreamHub;
import io.itddsim.wire.tcp.TcpPumpServer;
import io.itddsim.wire.tcp.TcpServerOptions;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A pump host with its transports: one simulated pump, reachable over TCP and/or a serial port,
 * with metrics. What {@code itdd pump} runs, and what the integration tests start.
 */
public final class PumpServer implements AutoCloseable {

    private final PumpHost host;
    private final SessionServices services;
    private final TcpPumpServer tcp;
    private final SerialPumpPort serial;
    private final List<AutoCloseable> transports;

    private PumpServer(
            PumpHost host,
            SessionServices services,
            TcpPumpServer tcp,
            SerialPumpPort serial,
            List<AutoCloseable> transports) {
        this.host = host;
        this.services = services;
        this.tcp = tcp;
        this.serial = serial;
        this.transports = transports;
    }

    public static Builder builder(HostConfig config, Credentials credentials) {
        return new Builder(config, credentials);
    }

    public PumpHost host() {
        return host;
    }

    public SessionServices services() {
        return services;
    }

    public WireMetrics metrics() {
        return services.metrics();
    }

    /** Where the TCP server listens (the real port when asked for port 0). */
    public InetSocketAddress tcpAddress() {
        if (tcp == null) {
            throw new IllegalStateException("this pump server has no TCP endpoint");
        }
        return tcp.localAddress();
    }

    /** The serial endpoint, or null when there is none. */
    public SerialPumpPort serialPort() {
        return serial;
    }

    @Override
    public void close() {
        for (int i = transports.size() - 1; i >= 0; i--) {
            closeQuietly(transports.get(i));
        }
        host.close();
        services.close();
    }

    private static void closeQuietly(AutoCloseable transport) {
        try {
            transport.close();
        } catch (Exception e) {
            // closing one transport must not keep the others open
        }
    }

    /** Assembles a pump server. */
    public static final class Builder {
        private final HostConfig config;
        private final Credentials credentials;
        private WireMetrics metrics = WireMetrics.inMemory();
        private InetSocketAddress tcpAddress;
        private TcpServerOptions tcpOptions = TcpServerOptions.defaults();
        private SerialPortSettings serialSettings;
        private Supplier<SerialLink> serialLinks;
        private RequestLimits limits = RequestLimits.DEFAULT;
        private ProofThrottle throttle = ProofThrottle.DEFAULT;
        private Consumer<Throwable> onSimulationDeath = failure -> {};
        private DurableState state;
        private ScenarioReader scenarios;

        private Builder(HostConfig config, Credentials credentials) {
            this.config = config;
            this.credentials = credentials;
        }

        /**
         * Lets a bench start the pump over from any scenario {@code reader} reads (LoadScenario, test
         * mode); a pump with durable {@link #state} refuses LoadScenario all the same.
         */
        public Builder scenarios(ScenarioReader reader) {
            this.scenarios = reader;
            return this;
        }

        public Builder metrics(WireMetrics wireMetrics) {
            this.metrics = wireMetrics;
            return this;
        }

        public Builder tcp(InetSocketAddress address) {
            this.tcpAddress = address;
            return this;
        }

        public Builder tcpOptions(TcpServerOptions options) {
            this.tcpOptions = options;
            return this;
        }

        /** Serves a serial port through jssc. */
        public Builder serial(SerialPortSettings settings) {
            return serial(settings, () -> new JsscSerialLink(settings.device(), settings.baudRate()));
        }

        /** Serves a serial line made by {@code links} (a fresh unopened link per attempt). */
        public Builder serial(SerialPortSettings settings, Supplier<SerialLink> links) {
            this.serialSettings = settings;
            this.serialLinks = links;
            return this;
        }

        /** How many requests a session and a key may send (default {@link RequestLimits#DEFAULT}). */
        public Builder limits(RequestLimits requestLimits) {
            this.limits = requestLimits;
            return this;
        }

        /** How failed handshake proofs are slowed down (default {@link ProofThrottle#DEFAULT}). */
        public Builder proofThrottle(ProofThrottle proofThrottle) {
            this.throttle = proofThrottle;
            return this;
        }

        /**
         * What to do, on the dying sim thread, if the pump's simulation ever stops for anything but
         * a close: a process serving real clients exits there (see {@link PumpHost#start}).
         */
        public Builder onSimulationDeath(Consumer<Throwable> handler) {
            this.onSimulationDeath = handler;
            return this;
        }

        /**
         * Runs the pump {@code durableState} restored, journaling every input to it (see {@link
         * DurableState}); without it the pump starts from its plan and keeps nothing.
         */
        public Builder state(DurableState durableState) {
            this.state = durableState;
            return this;
        }

        public PumpServer start() throws InterruptedException {
            StreamHub hub = new StreamHub(metrics);
            LinkFaults linkFaults = new LinkFaults(config.setup().seed(), System::nanoTime);
            PumpHost host = PumpHost.start(config, hub, linkFaults, onSimulationDeath, state, scenarios);
            hub.paceFrom(host::paceMode);
            metrics.bind(host);
            metrics.bind(linkFaults.counters());
            SessionServices services = new SessionServices(host, hub, credentials, metrics, limits, throttle);
            List<AutoCloseable> transports = new ArrayList<>();
            TcpPumpServer tcp = null;
            SerialPumpPort serial = null;
            try {
                if (tcpAddress != null) {
                    tcp = TcpPumpServer.start(tcpAddress, services, linkFaults, tcpOptions);
                    transports.add(tcp);
                }
                if (serialSettings != null) {
                    Supplier<SerialLink> raw = serialLinks;
                    Supplier<SerialLink> impaired = () -> new FaultInjectingSerialLink(
                            raw.get(),
                            () -> linkFaults.conditions(LinkTransport.SERIAL),
                            linkFaults.counters(),
                            System::nanoTime);
                    serial = SerialPumpPort.start(serialSettings, impaired, services);
                    transports.add(serial);
                }
            } catch (Exception e) {
                for (AutoCloseable transport : transports) {
                    closeQuietly(transport);
                }
                host.close();
                services.close();
                throw e;
            }
            return new PumpServer(host, services, tcp, serial, transports);
        }
    }
}
