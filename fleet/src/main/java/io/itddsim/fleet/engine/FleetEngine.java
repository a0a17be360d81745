package io.itddsim.fleet.engine;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import com.hazelcast.collection.IList;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.jet.Job;
import com.hazelcast.jet.config.JobConfig;
import com.hazelcast.jet.pipeline.Pipeline;
import com.hazelcast.jet.pipeline.ServiceFactories;
import com.hazelcast.jet.pipeline.Sinks;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.outcome.PumpRunner;
import io.itddsim.fleet.spec.FleetSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Runs a study's pumps on Hazelcast Jet (ADR 18): an embedded member on this machine by default,
 * or an existing cluster, with the same pipeline. The pipeline reads the pump ids, runs each pump
 * on the emulator in a non-cooperative stage (each pump is seconds of CPU, not a quick function),
 * {@code workers} pumps at a time on each member, and collects the outcomes in a distributed list.
 * The outcomes come back sorted by pump id, so what is computed from them does not depend on
 * where or in what order the pumps ran.
 */
public final class FleetEngine implements AutoCloseable {
    private static final long POLL_MS = 250;

    private final HazelcastInstance hz;
    private final boolean remote;
    private final boolean owned;

    private FleetEngine(HazelcastInstance hz, boolean remote, boolean owned) {
        this.hz = hz;
        this.remote = remote;
        this.owned = owned;
    }

    /** A member of its own on this machine ({@link LocalMember}); shut down on {@link #close()}. */
    public static FleetEngine embedded() {
        return new FleetEngine(Hazelcast.newHazelcastInstance(LocalMember.config()), false, true);
    }

    /** A client of an existing cluster, configured by a Hazelcast client YAML file. */
    public static FleetEngine client(Path clientConfig) throws IOException {
        ClientConfig config = new YamlClientConfigBuilder(clientConfig.toFile()).build();
        return new FleetEngine(HazelcastClient.newHazelcastClient(config), true, true);
    }

    /**
     * The instance {@code hz-cli submit} hands a job's main method: a client of its cluster, which
     * uploads the submitted jar with the job. Outside {@code hz-cli} Hazelcast would start a member
     * with its default configuration, so the CLI offers this only on request.
     */
    public static FleetEngine bootstrapped() {
        return new FleetEngine(Hazelcast.bootstrappedInstance(), true, false);
    }

    /** Any instance, e.g. a member or client a test started; not shut down by {@link #close()}. */
    public static FleetEngine on(HazelcastInstance hz) {
        return new FleetEngine(hz, false, false);
    }

    /** Members in the cluster the study runs on. */
    public int members() {
        return hz.getCluster().getMembers().size();
    }

    /**
     * Runs every pump of the study, {@code workers} at a time on each member, and returns their
     * outcomes in pump-id order.
     */
    public List<PumpOutcome> run(FleetSpec spec, int workers, Progress progress) {
        return run(spec, spec.size(), workers, progress);
    }

    /** As {@link #run(FleetSpec, int, Progress)} for the study's first {@code pumps} pumps (ids 0 to pumps - 1). */
    public List<PumpOutcome> run(FleetSpec spec, int pumps, int workers, Progress progress) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (pumps < 0 || pumps > spec.size()) {
            throw new IllegalArgumentException("the study has " + spec.size() + " pumps, asked for " + pumps);
        }
        String listName = "itdd-fleet-" + UUID.randomUUID();
        IList<PumpOutcome> outcomes = hz.getList(listName);
        try {
            Pipeline p = Pipeline.create();
            p.readFrom(PumpIds.of(pumps))
                    .mapUsingService(
                            ServiceFactories.nonSharedService(ctx -> new PumpRunner(spec))
                                    .toNonCooperative(),
                            PumpRunner::run)
                    .setLocalParallelism(workers)
                    .setName("run-pump")
                    .writeTo(Sinks.list(listName));
            JobConfig config = new JobConfig().setName("itdd fleet " + spec.name() + " " + listName);
            if (remote) {
                ownJar().ifPresent(config::addJar);
            }
            Job job = hz.getJet().newJob(p, config);
            while (!job.getFuture().isDone()) {
                progress.update(outcomes.size(), pumps);
                sleep();
            }
            job.join();
            List<PumpOutcome> out = new ArrayList<>(outcomes);
            progress.update(out.size(), pumps);
            progress.finished();
            out.sort(Comparator.comparingInt(PumpOutcome::id));
            return out;
        } finally {
            outcomes.destroy();
        }
    }

    /** The jar these classes came from, so a remote cluster can load the job's classes. */
    private static java.util.Optional<java.net.URL> ownJar() {
        try {
            Path p = Path.of(FleetEngine.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.isRegularFile(p) ? java.util.Optional.of(p.toUri().toURL()) : java.util.Optional.empty();
        } catch (URISyntaxException | IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the study ran", e);
        }
    }

    @Override
    public void close() {
        if (owned) {
            hz.shutdown();
        }
    }
}
