package io.itddsim.wire.server;

import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.LinkFaultSwitch;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.metrics.WireMetrics;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.SessionServices;
import io.itddsim.wire.session.StreamHub;
import io.itddsim.wire.tcp.TcpPumpServer;
import io.itddsim.wire.tcp.TcpServerOptions;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A pump host with its transports: one simulated pump, reachable over TCP and/or a serial port,
 * with metrics. What {@code itdd pump} runs, and what the integration tests start.
 */
public final class PumpServer implements AutoCloseable {

  private final PumpHost host;
  private final SessionServices services;
  private final TcpPumpServer tcp;
  private final List<AutoCloseable> transports;

  private PumpServer(PumpHost host, SessionServices services, TcpPumpServer tcp, List<AutoCloseable> transports) {
    this.host = host;
    this.services = services;
    this.tcp = tcp;
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

  @Override
  public void close() {
    for (int i = transports.size() - 1; i >= 0; i--) {
      AutoCloseable transport = transports.get(i);
      try {
        transport.close();
      } catch (Exception e) {
        // closing one transport must not keep the others open
      }
    }
    host.close();
  }

  /** Assembles a pump server. */
  public static final class Builder {
    private final HostConfig config;
    private final Credentials credentials;
    private WireMetrics metrics = WireMetrics.inMemory();
    private InetSocketAddress tcpAddress;
    private TcpServerOptions tcpOptions = TcpServerOptions.defaults();

    private Builder(HostConfig config, Credentials credentials) {
      this.config = config;
      this.credentials = credentials;
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

    public PumpServer start() throws InterruptedException {
      StreamHub hub = new StreamHub(metrics);
      PumpHost host = PumpHost.start(config, hub, LinkFaultSwitch.NONE);
      hub.paceFrom(host::paceMode);
      metrics.bind(host);
      SessionServices services = new SessionServices(host, hub, credentials, metrics);
      List<AutoCloseable> transports = new ArrayList<>();
      TcpPumpServer tcp = null;
      try {
        if (tcpAddress != null) {
          tcp = TcpPumpServer.start(tcpAddress, services, tcpOptions);
          transports.add(tcp);
        }
      } catch (Exception e) {
        host.close();
        throw e;
      }
      return new PumpServer(host, services, tcp, transports);
    }
  }
}
