package io.itddsim.bench.target;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.CommandOutcome;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.TargetException;
import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.LoadScenario;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Pace;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Step;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.wire.client.PumpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One scenario on one session with a pump. In lockstep the bench owns the clock: it steps to each
 * command's due tick and to each sample of the grid, waits for the pump's answers and samples, and
 * so gets the same run the embedded emulator gets. In real time it follows the pump's clock.
 */
final class WireRun {
    /** Longest wait for one reply (a long Step on a slow host included). */
    private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(2);
    /** Longest wait for a status sample after the Step that made it. */
    private static final long SAMPLE_WAIT_MS = 10_000;
    /** Samples per Step over TCP: well inside the pump's 64-sample queue, so none is conflated. */
    private static final int SAMPLES_PER_STEP_TCP = 16;

    private final PumpClient client;
    private final TargetSpec spec;
    private final BenchScenario scenario;
    private final RunPlan plan;
    private final ProgressListener progress;
    private final BlockingQueue<Envelope> streamed = new LinkedBlockingQueue<>();
    private final long tickUs;
    private final long intervalUs;
    private final boolean groundTruth;

    WireRun(PumpClient client, TargetSpec spec, BenchScenario scenario, ProgressListener progress) {
        this.client = client;
        this.spec = spec;
        this.scenario = scenario;
        this.plan = scenario.plan();
        this.progress = progress;
        this.tickUs = plan.setup().profile().tickUs();
        this.intervalUs = scenario.sampleIntervalUs();
        PumpIdentity pump = client.pump();
        this.groundTruth = pump.getReportsGroundTruth();
        client.onStream(streamed::add);
    }

    /** The bench steps time: the same run on every target that offers time control. */
    Observations lockstep() throws Exception {
        expectAck(
                "pace lockstep",
                call(Request.newBuilder().setPace(Pace.newBuilder().setMode(PaceMode.PACE_MODE_LOCKSTEP))));
        Reply loaded = call(Request.newBuilder()
                .setLoadScenario(LoadScenario.newBuilder()
                        .setScenario(scenario.text())
                        .setSource(scenario.file().toString())));
        WireObservations seen = new WireObservations(groundTruth, 0);
        if (loaded.hasNack()) {
            if (loaded.getNack().getReason() != NackReason.NACK_REASON_UNSUPPORTED) {
                throw new TargetException(spec.text() + " could not load the scenario: "
                        + loaded.getNack().getMessage());
            }
            if (client.lastSimTimeUs() != 0) {
                throw new TargetException(spec.text() + " cannot start over from a scenario and is at sim time "
                        + QuantityFormat.duration(client.lastSimTimeUs())
                        + ", not at the start; restart it in the scenario's starting state");
            }
            seen.note("the target cannot load scenarios; it was taken to be in the starting state already");
        }
        subscribe();
        for (FaultSpec f : plan.faults()) {
            Reply armed = call(WireRequests.faultArm(f));
            if (armed.hasNack()) {
                throw new TargetException(spec.text() + " refused fault " + f.name() + ": "
                        + armed.getNack().getMessage());
            }
        }
        List<Due> due = dueCommands();
        List<CommandOutcome> outcomes = new ArrayList<>();
        long stepUs = intervalUs * (spec.kind() == TargetSpec.Kind.TCP ? SAMPLES_PER_STEP_TCP : 1);
        long t = 0;
        int next = 0;
        boolean gridOk = true;
        while (true) {
            while (next < due.size() && due.get(next).dueUs <= t) {
                outcomes.add(send(due.get(next++), t));
            }
            if (t >= plan.durationUs()) {
                break;
            }
            long stop = Math.min(plan.durationUs(), (t / stepUs + 1) * stepUs);
            if (next < due.size()) {
                stop = Math.min(stop, due.get(next).dueUs);
            }
            long ticks = Math.max(1, -Math.floorDiv(-(stop - t), tickUs));
            Reply done = call(Request.newBuilder().setStep(Step.newBuilder().setTicks(ticks)));
            if (!done.hasStepDone()) {
                throw new TargetException(spec.text() + " refused to step: " + describe(done));
            }
            long reached = done.getStepDone().getSimTimeUs();
            gridOk = awaitSamples(seen, t, reached, gridOk);
            t = reached;
            progress.progress(Math.min(t, plan.durationUs()), plan.durationUs());
        }
        drain(seen);
        progress.finished();
        return seen.build(spec.text(), plan, intervalUs, outcomes);
    }

    /** The pump keeps its own time; the bench joins it, counting from now. */
    Observations realTime() throws Exception {
        if (!plan.faults().isEmpty()) {
            throw new TargetException(spec.text() + " is not in test mode: it gives the bench no time control and"
                    + " takes no faults, and this scenario injects "
                    + plan.faults().size());
        }
        subscribe();
        long offset = client.lastSimTimeUs();
        WireObservations seen = new WireObservations(groundTruth, offset);
        seen.note("real time: the target is not in test mode, so the bench followed its clock from sim time "
                + QuantityFormat.duration(offset) + " and sent each command when that clock reached it;"
                + " a run in real time does not repeat exactly");
        List<Due> due = dueCommands();
        List<CommandOutcome> outcomes = new ArrayList<>();
        int next = 0;
        long now = 0;
        while (now < plan.durationUs()) {
            Envelope e = streamed.poll(50, TimeUnit.MILLISECONDS);
            if (e != null) {
                seen.accept(e);
            }
            now = client.lastSimTimeUs() - offset;
            while (next < due.size() && due.get(next).dueUs <= now) {
                outcomes.add(send(due.get(next++), now));
            }
            progress.progress(Math.min(now, plan.durationUs()), plan.durationUs());
        }
        drain(seen);
        progress.finished();
        return seen.build(spec.text(), plan, intervalUs, outcomes);
    }

    private void subscribe() throws Exception {
        expectAck(
                "subscribe",
                call(Request.newBuilder()
                        .setSubscribe(Subscribe.newBuilder()
                                .addKinds(StreamKind.STREAM_KIND_STATUS)
                                .addKinds(StreamKind.STREAM_KIND_ALARMS)
                                .addKinds(StreamKind.STREAM_KIND_LOG)
                                .setStatusMinIntervalUs(intervalUs))));
    }

    /** A timeline command and the tick it is due on (the first at or after its time), in the order the pump applies them. */
    private record Due(int index, TimedCommand command, long dueUs) {}

    private List<Due> dueCommands() {
        List<Due> due = new ArrayList<>();
        for (int i = 0; i < plan.timeline().size(); i++) {
            TimedCommand c = plan.timeline().get(i);
            due.add(new Due(i, c, -Math.floorDiv(-c.atUs(), tickUs) * tickUs));
        }
        due.sort(Comparator.comparingLong(Due::dueUs).thenComparingInt(Due::index));
        return due;
    }

    private CommandOutcome send(Due d, long atUs) throws Exception {
        Reply reply =
                call(WireRequests.command(d.command().command(), plan.setup().alarmSettings()));
        return new CommandOutcome(
                d.index(),
                atUs,
                d.command().command().name(),
                !reply.hasNack(),
                reply.hasNack() ? reply.getNack().getMessage() : "");
    }

    /**
     * Waits for the samples of the grid points the last Step ran over, draining every envelope that
     * came. Returns false once the target turns out to sample off the scenario's grid (it samples
     * more coarsely than asked), after which it no longer waits for grid points.
     */
    private boolean awaitSamples(WireObservations seen, long fromUs, long toUs, boolean gridOk)
            throws InterruptedException {
        long lastGrid = (toUs - 1) / intervalUs * intervalUs;
        drain(seen);
        if (!gridOk || lastGrid < fromUs) {
            return gridOk;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SAMPLE_WAIT_MS);
        while (seen.lastSampleUs() < lastGrid && System.nanoTime() < deadline) {
            Envelope e = streamed.poll(20, TimeUnit.MILLISECONDS);
            if (e != null) {
                seen.accept(e);
            }
        }
        long last = seen.lastSampleUs();
        if (last < lastGrid || last % intervalUs != 0) {
            seen.note("the target sent no status sample for " + QuantityFormat.duration(lastGrid)
                    + (last >= 0 ? " (its latest was at " + QuantityFormat.duration(last) + ")" : "")
                    + "; it samples more coarsely than the scenario's " + QuantityFormat.duration(intervalUs)
                    + " (itdd pump --sample-interval sets it), so the bench stopped waiting for samples");
            return false;
        }
        for (long g = -Math.floorDiv(-fromUs, intervalUs) * intervalUs; g <= lastGrid; g += intervalUs) {
            if (!seen.hasSampleAt(g)) {
                seen.note("no status sample arrived for " + QuantityFormat.duration(g));
            }
        }
        return true;
    }

    private void drain(WireObservations seen) {
        for (Envelope e; (e = streamed.poll()) != null; ) {
            seen.accept(e);
        }
    }

    /** On a serial line a request is sent again with the same id until its reply comes. */
    private Reply call(Request.Builder request) throws Exception {
        if (spec.kind() == TargetSpec.Kind.SERIAL) {
            return client.callReliably(request, Duration.ofSeconds(5), (int) (REPLY_TIMEOUT.toSeconds() / 5));
        }
        return client.call(request).get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void expectAck(String what, Reply reply) throws TargetException {
        if (reply.hasNack()) {
            throw new TargetException(spec.text() + " refused " + what + ": " + describe(reply));
        }
    }

    private static String describe(Reply reply) {
        return reply.hasNack()
                ? reply.getNack().getReason() + ": " + reply.getNack().getMessage()
                : reply.getResultCase().toString();
    }
}
