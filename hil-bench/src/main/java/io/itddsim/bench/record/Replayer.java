package io.itddsim.bench.record;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.bench.target.PumpScenarios;
import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.LinkFaultSwitch;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpHost;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.host.PumpStreams;
import io.itddsim.wire.mapping.Replies;
import io.itddsim.wire.session.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Re-drives an emulated pump with a recording's inputs and compares what it answers and streams
 * with what the recording holds. The pump runs in process, on the pump host the wire uses, in
 * lockstep: the bench's requests (its Steps included) are applied in the recorded order, each
 * after the reply to the one before, so the run is the recorded one if the model is the same. The
 * transport's own marks are not compared: sequence numbers, wall time, heartbeats, the handshake's
 * nonces and MACs, and how many samples a slow link conflated.
 */
public final class Replayer {
    private static final long REPLY_TIMEOUT_S = 120;

    private Replayer() {}

    public static ReplayResult replay(Recording recording) throws ScenarioError, InterruptedException {
        var header = recording.header();
        RunPlan plan = ScenarioLoader.parse(header.getScenarioSource(), header.getScenario())
                .withSeed(header.getSeed());
        long interval = header.getSampleIntervalUs();
        HostConfig config = HostConfig.of(
                        plan.withTimeline(List.of()).withFaults(List.of()),
                        PumpIdentities.of(plan.setup().profile(), "REPLAY", true),
                        Pacing.lockstep())
                .withSampleIntervalUs(interval);
        Streams streams = new Streams();
        PumpHost host = PumpHost.start(config, streams, LinkFaultSwitch.NONE, PumpScenarios.reader());
        Map<Long, Envelope> replies = new HashMap<>();
        try {
            for (Recording.Frame f : recording.frames()) {
                if (!f.toPump() || !f.envelope().hasRequest()) {
                    continue;
                }
                Request request = f.envelope().getRequest();
                if (request.hasSubscribe()) {
                    // a session answers Subscribe itself, at once
                    streams.subscribe(Subscription.of(request.getSubscribe(), interval));
                    replies.put(request.getRequestId(), reply(host.simTimeUs(), Replies.ack(request.getRequestId())));
                    continue;
                }
                CompletableFuture<Envelope> answered = new CompletableFuture<>();
                if (!host.submit(request, r -> answered.complete(reply(host.simTimeUs(), r)))) {
                    throw new IllegalStateException("the replaying pump's queue is full");
                }
                try {
                    replies.put(request.getRequestId(), answered.get(REPLY_TIMEOUT_S, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException(
                            "the replaying pump did not answer request " + request.getRequestId(), e);
                }
            }
        } finally {
            host.close();
        }
        return compare(recording, replies, streams);
    }

    private static final long NONE = 0;

    /** The id of the recording's LoadScenario request that the pump accepted, or {@link #NONE}. */
    private static long loadScenarioRequest(Recording recording) {
        long asked = NONE;
        for (Recording.Frame f : recording.frames()) {
            Envelope e = f.envelope();
            if (f.toPump() && e.hasRequest() && e.getRequest().hasLoadScenario()) {
                asked = e.getRequest().getRequestId();
            } else if (!f.toPump() && e.hasReply() && e.getReply().getRequestId() == asked && asked != NONE) {
                return e.getReply().hasAck() ? asked : NONE;
            }
        }
        return NONE;
    }

    private static Envelope reply(long simTimeUs, Reply reply) {
        return Envelope.newBuilder().setSimTimeUs(simTimeUs).setReply(reply).build();
    }

    /**
     * Each recorded frame from the pump against its counterpart in the replay, in recorded order,
     * from the pump's answer to LoadScenario on: what came before it (the reply to Pace) carries
     * the time the pump had reached in whatever ran before, which no replay can know.
     */
    private static ReplayResult compare(Recording recording, Map<Long, Envelope> replies, Streams streams) {
        int compared = 0;
        int alarmIndex = 0;
        long lastLogIndex = -1;
        long startedOver = loadScenarioRequest(recording);
        boolean comparing = startedOver == NONE;
        for (Recording.Frame f : recording.frames()) {
            Envelope recorded = f.envelope();
            if (f.toPump()) {
                continue;
            }
            if (!comparing) {
                comparing = recorded.hasReply() && recorded.getReply().getRequestId() == startedOver;
                if (!comparing) {
                    continue;
                }
            }
            Envelope replayed;
            String what;
            switch (recorded.getBodyCase()) {
                case REPLY -> {
                    long id = recorded.getReply().getRequestId();
                    replayed = replies.get(id);
                    what = "the reply to request " + Long.toUnsignedString(id);
                }
                case LOG_EVENT -> {
                    long index = recorded.getLogEvent().getEntry().getIndex();
                    replayed = streams.logs.get(index);
                    lastLogIndex = Math.max(lastLogIndex, index);
                    what = "log entry " + index;
                }
                case ALARM_EVENT -> {
                    replayed = alarmIndex < streams.alarms.size() ? streams.alarms.get(alarmIndex) : null;
                    what = "alarm event " + (alarmIndex + 1);
                    alarmIndex++;
                }
                case STATUS_SAMPLE -> {
                    replayed = streams.samples.get(recorded.getSimTimeUs());
                    recorded = withoutConflation(recorded);
                    what = "the status sample at " + recorded.getSimTimeUs() + " us";
                }
                default -> {
                    continue; // handshake and heartbeats: the transport's, not the pump's
                }
            }
            compared++;
            ReplayResult.Divergence d = diverges(f, what, recorded, replayed);
            if (d != null) {
                return new ReplayResult(compared, d);
            }
        }
        Recording.Frame last = recording.frames().isEmpty()
                ? null
                : recording.frames().get(recording.frames().size() - 1);
        Map.Entry<Long, Envelope> extraLog = streams.logs.higherEntry(lastLogIndex);
        if (extraLog != null && last != null) {
            return new ReplayResult(
                    compared,
                    new ReplayResult.Divergence(
                            last.number(),
                            last.offset(),
                            "the end of the recording",
                            "log entry " + extraLog.getKey(),
                            "(absent)",
                            extraLog.getValue().getLogEvent().getEntry().getCode() + " at "
                                    + extraLog.getValue().getSimTimeUs() + " us"));
        }
        if (alarmIndex < streams.alarms.size() && last != null) {
            AlarmEvent extra = streams.alarms.get(alarmIndex).getAlarmEvent();
            return new ReplayResult(
                    compared,
                    new ReplayResult.Divergence(
                            last.number(),
                            last.offset(),
                            "the end of the recording",
                            "alarm event " + (alarmIndex + 1),
                            "(absent)",
                            extra.getCode() + " " + extra.getTransition()));
        }
        return new ReplayResult(compared, null);
    }

    private static ReplayResult.Divergence diverges(
            Recording.Frame f, String what, Envelope recorded, Envelope replayed) {
        if (replayed == null) {
            return new ReplayResult.Divergence(
                    f.number(), f.offset(), what, recorded.getBodyCase().name().toLowerCase(), "present", "(absent)");
        }
        Envelope a = recorded.toBuilder().clearSeq().clearWallTimeUnixUs().build();
        Envelope b = replayed.toBuilder().clearSeq().clearWallTimeUnixUs().build();
        FieldDiff.Difference d = FieldDiff.first("", a, b);
        return d == null
                ? null
                : new ReplayResult.Divergence(f.number(), f.offset(), what, d.field(), d.recorded(), d.replayed());
    }

    private static Envelope withoutConflation(Envelope e) {
        Envelope.Builder b = e.toBuilder();
        b.getStatusSampleBuilder().clearSamplesConflated();
        return b.build();
    }

    /** What a subscribed session would have been sent, kept by kind, as the pump host made it. */
    private static final class Streams implements PumpStreams {
        final TreeMap<Long, Envelope> logs = new TreeMap<>();
        final List<Envelope> alarms = new ArrayList<>();
        final Map<Long, Envelope> samples = new HashMap<>();
        private volatile Subscription subscription = Subscription.NONE;
        private Subscription pacedFor = Subscription.NONE;
        private long nextDueUs;
        private long lastUs = -1;

        void subscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public boolean wantsStatus() {
            return subscription.status();
        }

        /** Paced as a session paces them: the first after subscribing, then one per interval. */
        @Override
        public void status(long simTimeUs, StatusSample sample) {
            Subscription s = subscription;
            if (s != pacedFor || simTimeUs < lastUs) {
                pacedFor = s;
                nextDueUs = simTimeUs;
            }
            lastUs = simTimeUs;
            if (simTimeUs < nextDueUs) {
                return;
            }
            nextDueUs = simTimeUs + s.statusIntervalUs();
            samples.put(
                    simTimeUs,
                    Envelope.newBuilder()
                            .setSimTimeUs(simTimeUs)
                            .setStatusSample(sample)
                            .build());
        }

        @Override
        public void logEvent(long simTimeUs, EventLogEntry entry) {
            if (subscription.log()) {
                logs.put(
                        entry.getIndex(),
                        Envelope.newBuilder()
                                .setSimTimeUs(simTimeUs)
                                .setLogEvent(io.itddsim.proto.v1.LogEvent.newBuilder()
                                        .setEntry(entry))
                                .build());
            }
        }

        @Override
        public void alarm(long simTimeUs, AlarmEvent event) {
            if (subscription.alarms()) {
                alarms.add(Envelope.newBuilder()
                        .setSimTimeUs(simTimeUs)
                        .setAlarmEvent(event)
                        .build());
            }
        }
    }
}
