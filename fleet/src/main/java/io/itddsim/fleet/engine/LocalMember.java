package io.itddsim.fleet.engine;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.jet.config.EdgeConfig;

/**
 * The configuration of the embedded Hazelcast member a study runs on by default: Jet on, and no
 * traffic off this machine. Multicast, TCP/IP and cloud discovery are off, so the member forms a
 * cluster of one and joins no other (not even another study's on the same machine); it binds to
 * the loopback interface only; phone-home (Hazelcast's usage report to its vendor) is off.
 */
public final class LocalMember {
    /** Hazelcast's own logging is silenced unless the user chose a logging type. */
    static final String LOGGING_PROPERTY = "hazelcast.logging.type";
    /** Items waiting between two stages, per queue (Jet's default is 1024). */
    static final int EDGE_QUEUE_SIZE = 2;

    private LocalMember() {}

    public static Config config() {
        Config c = new Config();
        c.setClusterName("itdd-fleet-local");
        c.getJetConfig().setEnabled(true);
        // short queues between stages: a worker takes its next pump when it is free, instead of
        // being dealt a share up front (pumps differ thirtyfold in cost)
        c.getJetConfig().setDefaultEdgeConfig(new EdgeConfig().setQueueSize(EDGE_QUEUE_SIZE));
        JoinConfig join = c.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty(LOGGING_PROPERTY, System.getProperty(LOGGING_PROPERTY, "none"));
        // one member holds nothing but a list of outcomes: few partitions start faster
        c.setProperty("hazelcast.partition.count", "7");
        return c;
    }
}
