package io.itddsim.wire.host;

import io.itddsim.proto.v1.LoadScenario;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.RunState;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.alarm.Annunciation;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSink;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.status.PumpStatus;
import io.itddsim.wire.mapping.AlarmEvents;
import io.itddsim.wire.mapping.EventMapping;
import io.itddsim.wire.mapping.Replies;
import io.itddsim.wire.mapping.StatusSamples;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one simulated pump and the one thread that runs it. Requests from any transport wait in a
 * bounded queue (full: the request is answered BUSY) and are carried out between ticks, so every
 * model command enters the simulator's input log with the tick it was applied on and a run
 * replays exactly. Time advances by the pace (lockstep, real time times a factor, free run); what
 * the pump produces goes to {@link PumpStreams} without ever waiting for a client, so dosing never
 * depends on the link.
 */
public final class PumpHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PumpHost.class);

    private sealed interface Task permits RequestTask, ReadTask, RefusalTask {}

    private record RequestTask(Request request, Consumer<Reply> replyTo) implements Task {}

    private record ReadTask(Runnable read) implements Task {}

    private record RefusalTask(PumpCommand.LinkRefusal refusal) implements Task {}

    private final HostConfig config;
    private final ScenarioReader scenarios;
    private final PumpStreams streams;
    private final LinkFaultSwitch linkFaults;
    private final TickLateness lateness = new TickLateness();
    private final BlockingQueue<Task> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger queuedRequests = new AtomicInteger();
    private final Thread thread;
    // sim thread only after start; replaced together when a bench loads a scenario
    private PumpSimulator sim;
    private TimeControl time;
    private RequestExecutor executor;

    private volatile boolean stopping;
    private volatile long simTimeUs;
    private volatile long ticks;
    private volatile RunState runState;
    private volatile PaceMode paceMode;
    private volatile Throwable failure;

    private PumpHost(HostConfig config, PumpStreams streams, LinkFaultSwitch linkFaults, ScenarioReader scenarios) {
        this.config = config;
        this.scenarios = scenarios;
        this.streams = streams;
        this.linkFaults = linkFaults;
        runPlan(config.plan(), config.pace());
        publishClock();
        this.thread = new Thread(this::run, "pump-host-" + config.identity().getSerialNumber());
    }

    /** Builds the pump and starts its thread; it answers LoadScenario with UNSUPPORTED. */
    public static PumpHost start(HostConfig config, PumpStreams streams, LinkFaultSwitch linkFaults) {
        return start(config, streams, linkFaults, null);
    }

    /**
     * Builds the pump and starts its thread; in test mode a bench may start it over from any scenario
     * {@code scenarios} reads (null: none).
     */
    public static PumpHost start(
            HostConfig config, PumpStreams streams, LinkFaultSwitch linkFaults, ScenarioReader scenarios) {
        PumpHost host = new PumpHost(config, streams, linkFaults, scenarios);
        host.thread.start();
        return host;
    }

    /** A simulator for {@code plan}, with its time control and request executor, in place of any before. */
    private void runPlan(RunPlan plan, Pacing pace) {
        PumpSimulator next = PumpSimulator.create(plan);
        next.setSampleIntervalUs(config.sampleIntervalUs());
        next.setSink(new StreamingSink());
        this.sim = next;
        this.time = new TimeControl(next, pace, lateness);
        this.executor = new RequestExecutor(next, time, linkFaults);
    }

    /**
     * Queues a request; {@code replyTo} is called once, on the sim thread, with its reply. Returns
     * false, queueing nothing, when the queue is full: answer BUSY.
     */
    public boolean submit(Request request, Consumer<Reply> replyTo) {
        if (queuedRequests.incrementAndGet() > config.commandQueueCapacity()) {
            queuedRequests.decrementAndGet();
            return false;
        }
        // replies are stamped with the sim time they were made at, which the clock published after
        // the last turn may not show yet (a StepDone comes in the middle of a turn)
        inbox.add(new RequestTask(request, reply -> {
            simTimeUs = sim.nowUs();
            replyTo.accept(reply);
        }));
        return true;
    }

    /**
     * Writes a refusal made outside the model (role, test mode) to the pump's event log, at the next
     * tick boundary and recorded in the input log like any command. A flood of refusals takes queue
     * room like requests do; when the queue is full the refusal is answered but not logged.
     */
    public boolean logRefusal(String request, String reason) {
        if (queuedRequests.incrementAndGet() > config.commandQueueCapacity()) {
            queuedRequests.decrementAndGet();
            return false;
        }
        inbox.add(new RefusalTask(new PumpCommand.LinkRefusal(request, reason)));
        return true;
    }

    /**
     * Runs {@code reader} on the sim thread between ticks and completes with what it returns. For
     * tests and tools that must see the live simulator; the reader must not change it.
     */
    public <T> CompletableFuture<T> read(Function<PumpSimulator, T> reader) {
        CompletableFuture<T> result = new CompletableFuture<>();
        inbox.add(new ReadTask(() -> {
            try {
                result.complete(reader.apply(sim));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }));
        return result;
    }

    public HostConfig config() {
        return config;
    }

    public long tickUs() {
        return config.setup().profile().tickUs();
    }

    public long simTimeUs() {
        return simTimeUs;
    }

    /** Ticks elapsed since the run began (stepped or fast-forwarded). */
    public long ticks() {
        return ticks;
    }

    public RunState runState() {
        return runState;
    }

    public PaceMode paceMode() {
        return paceMode;
    }

    public TickLateness tickLateness() {
        return lateness;
    }

    /** Requests waiting for the sim thread now. */
    public int queuedRequests() {
        return queuedRequests.get();
    }

    /** The model failure that stopped the sim, or null while it runs. */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!stopping) {
                drainInbox();
                TimeControl.Turn turn = time.advance();
                publishClock();
                if (turn.waitNanos() > 0) {
                    waitForInbox(turn.waitNanos());
                }
            }
        } catch (InterruptedException e) {
            // close() asked us to stop
        } catch (RuntimeException | Error e) {
            failure = e;
            log.error("the pump model failed at sim time {} us; the host now refuses every request", sim.nowUs(), e);
            refuseUntilStopped();
        }
    }

    private void drainInbox() {
        for (Task task; (task = inbox.poll()) != null; ) {
            carryOut(task);
        }
    }

    private void waitForInbox(long nanos) throws InterruptedException {
        Task task = inbox.poll(nanos, TimeUnit.NANOSECONDS);
        if (task != null) {
            carryOut(task);
        }
    }

    private void carryOut(Task task) {
        if (task instanceof ReadTask read) {
            read.read().run();
            return;
        }
        if (task instanceof RefusalTask refused) {
            queuedRequests.decrementAndGet();
            sim.applyNow(refused.refusal());
            return;
        }
        RequestTask request = (RequestTask) task;
        queuedRequests.decrementAndGet();
        try {
            if (request.request().getCommandCase() == Request.CommandCase.LOAD_SCENARIO) {
                request.replyTo().accept(loadScenario(request.request()));
                return;
            }
            executor.execute(request.request(), request.replyTo());
        } catch (RuntimeException e) {
            // the model validates before it changes anything, so a surprise here is a bug to report,
            // not a reason to stop dosing
            log.error(
                    "request {} failed inside the pump model", request.request().getCommandCase(), e);
            request.replyTo()
                    .accept(Replies.nack(
                            request.request().getRequestId(),
                            NackReason.NACK_REASON_UNSPECIFIED,
                            "internal error in the pump host: " + e));
        }
    }

    /**
     * Starts the pump over from a scenario's starting state (its timeline and faults are the bench's
     * to send), at the pace it runs at now. Nothing changes when the scenario cannot be used.
     */
    private Reply loadScenario(Request request) {
        long id = request.getRequestId();
        if (scenarios == null) {
            return Replies.nack(
                    id,
                    NackReason.NACK_REASON_UNSUPPORTED,
                    "load_scenario: this pump runs the scenario it was started with and cannot start over");
        }
        if (time.stepping()) {
            return Replies.nack(
                    id,
                    NackReason.NACK_REASON_PUMP_STATE,
                    "load_scenario: a Step is still running; wait for its reply");
        }
        LoadScenario load = request.getLoadScenario();
        RunPlan plan;
        try {
            String source = load.getSource().isBlank() ? "scenario" : load.getSource();
            plan = scenarios.read(source, load.getScenario());
            if (config.sampleIntervalUs() % plan.setup().profile().tickUs() != 0) {
                throw new IllegalArgumentException("its tick does not divide this pump's sampling interval of "
                        + config.sampleIntervalUs() + " us");
            }
        } catch (IllegalArgumentException | io.itddsim.sim.SimInputException e) {
            return Replies.nack(id, NackReason.NACK_REASON_INVALID_ARGUMENT, "load_scenario: " + e.getMessage());
        }
        runPlan(plan.withTimeline(List.of()).withFaults(List.of()), time.pace());
        publishClock();
        log.info("a bench started the pump over from {}", plan.source());
        return Replies.ack(id);
    }

    private void refuseUntilStopped() {
        String why = "the pump host stopped after a model failure: " + failure;
        while (!stopping) {
            try {
                Task task = inbox.poll(TimeControl.IDLE_WAIT_NANOS, TimeUnit.NANOSECONDS);
                if (task instanceof RequestTask request) {
                    queuedRequests.decrementAndGet();
                    request.replyTo()
                            .accept(Replies.nack(
                                    request.request().getRequestId(), NackReason.NACK_REASON_PUMP_STATE, why));
                } else if (task instanceof ReadTask read) {
                    read.read().run();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void publishClock() {
        simTimeUs = sim.nowUs();
        ticks = sim.ticks();
        runState = time.runState();
        paceMode = time.pace().mode();
    }

    /**
     * The simulator's output, turned into wire messages on the sim thread. It sees only the values
     * the model hands over; the raise time of each alarm is remembered from its state changes, so an
     * annunciation can name it.
     */
    private final class StreamingSink implements SimulationSink {
        private final EnumMap<AlarmType, Long> raisedUs = new EnumMap<>(AlarmType.class);

        @Override
        public void onEvent(long index, PumpEvent event) {
            streams.logEvent(event.timeUs(), EventMapping.entry(index, event));
        }

        @Override
        public void onAlarm(long timeUs, AlarmType type, AlarmState state, long raisedAtUs) {
            if (state == AlarmState.CLEARED) {
                raisedUs.remove(type);
            } else {
                raisedUs.put(type, raisedAtUs);
            }
            streams.alarm(timeUs, AlarmEvents.stateChange(timeUs, type, state, raisedAtUs));
        }

        @Override
        public void onAnnunciation(Annunciation annunciation) {
            if (annunciation.test()) {
                streams.alarm(
                        annunciation.timeUs(),
                        AlarmEvents.test(annunciation.pattern().severity()));
                return;
            }
            for (AlarmType type : annunciation.alarms()) {
                streams.alarm(annunciation.timeUs(), AlarmEvents.annunciated(type, raisedUs.getOrDefault(type, 0L)));
            }
        }

        @Override
        public void onSample(PumpStatus status) {
            if (streams.wantsStatus()) {
                streams.status(status.simTimeUs(), StatusSamples.of(status, linkFaults.armed()));
            }
        }
    }
}
