package io.itddsim.fleet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.outcome.PumpRunner;
import io.itddsim.fleet.report.JsonReport;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.study.FleetAggregator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on a cluster: two Hazelcast members on the loopback interface (TCP/IP join to each
 * other only, under a cluster name of their own) and the study submitted by a client configured
 * from a client YAML file, as {@code itdd fleet run --cluster} does. Its result is byte for byte
 * that of running the pumps one after another in a plain loop.
 */
class LoopbackClusterTest {

    private static Config member(String cluster, Integer joinPort) {
        Config c = LocalMember.config();
        c.setClusterName(cluster);
        if (joinPort != null) {
            c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + joinPort);
        } else {
            c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        }
        return c;
    }

    @Test
    void twoMembersAndAClientGiveTheResultOfAPlainLoop(@TempDir Path dir) throws Exception {
        FleetSpec tiny = TestFleets.tiny();
        List<PumpOutcome> loop = new ArrayList<>();
        PumpRunner runner = new PumpRunner(tiny);
        for (int id = 0; id < tiny.size(); id++) {
            loop.add(runner.run(id));
        }

        String cluster = "itdd-fleet-test-" + UUID.randomUUID();
        HazelcastInstance a = Hazelcast.newHazelcastInstance(member(cluster, null));
        HazelcastInstance b = null;
        try {
            int portA = a.getCluster().getLocalMember().getAddress().getPort();
            b = Hazelcast.newHazelcastInstance(member(cluster, portA));
            int portB = b.getCluster().getLocalMember().getAddress().getPort();
            assertEquals(2, a.getCluster().getMembers().size(), "the two members found each other");
            Path client = dir.resolve("client.yaml");
            Files.writeString(
                    client,
                    "hazelcast-client:\n"
                            + "  cluster-name: " + cluster + "\n"
                            + "  properties:\n"
                            + "    hazelcast.logging.type: none\n"
                            + "  network:\n"
                            + "    cluster-members:\n"
                            + "      - 127.0.0.1:" + portA + "\n"
                            + "      - 127.0.0.1:" + portB + "\n");
            List<PumpOutcome> onCluster;
            try (FleetEngine engine = FleetEngine.client(client)) {
                assertEquals(2, engine.members());
                onCluster = engine.run(tiny, 2, Progress.NONE);
            }
            assertEquals(loop, onCluster);
            assertEquals(
                    JsonReport.render(FleetAggregator.aggregate(tiny, loop), loop),
                    JsonReport.render(FleetAggregator.aggregate(tiny, onCluster), onCluster));
        } finally {
            if (b != null) {
                b.shutdown();
            }
            a.shutdown();
        }
    }
}
