package io.itddsim.wire.host;

import io.itddsim.proto.v1.LoadScenario;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.RunState;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.wire.host.state.DurableState;
import io.itddsim.wire.host.state.KeptReply;
import io.itddsim.wire.mapping.Replies;
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

    /** Applied commands kept in memory; the rest of the input log is in the journal (or gone). */
    static final int INPUT_HISTORY_IN_MEMORY = 64;
    /** Refusals noted outside the model reach its event log at least this often while they come. */
    static final long REFUSAL_FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private sealed interface Task permits RequestTask, ReadTask {}

    /** A request and who sent it; a passive one (an observer's interrogation) only reads. */
    private record RequestTask(Request request, RequestOrigin origin, boolean passive, Consumer<Reply> replyTo)
            implements Task {}

    private record ReadTask(Runnable read) implements Task {}

    private final HostConfig config;
    private final ScenarioReader scenarios;
    private final PumpStreams streams;
    private final LinkFaultSwitch linkFaults;
    private final TickLateness lateness = new TickLateness();
    private final BlockingQueue<Task> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger queuedRequests = new AtomicInteger();
    private final RefusalTally refusals = new RefusalTally();
    private final Consumer<Throwable> onDeath;
    private final DurableState state;
    private long lastRefusalFlushNanos = System.nanoTime();
    private final HostJournal journal;
    private final Thread thread;
    /** Sim thread only: its scheduling class follows the pace (real-time class only if configured). */
    private final SimThreadScheduling scheduling;
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

    private PumpHost(
            HostConfig config,
            PumpStreams streams,
            LinkFaultSwitch linkFaults,
            Consumer<Throwable> onDeath,
            DurableState state,
            ScenarioReader scenarios) {
        this.config = config;
        this.scenarios = scenarios;
        this.streams = streams;
        this.linkFaults = linkFaults;
        this.onDeath = onDeath;
        this.state = state;
        this.journal = new HostJournal(state, config.testMode());
        install(state != null ? state.restoredSim() : PumpSimulator.create(config.plan()), config.pace());
        publishClock();
        this.thread = new Thread(this::run, "pump-host-" + config.identity().getSerialNumber());
        // ahead of the event loops and clients when they compete for a core; the JVM passes this
        // to Linux only with -XX:ThreadPriorityPolicy=1 (as root), and ignores it otherwise
        thread.setPriority(Thread.MAX_PRIORITY);
        this.scheduling = new SimThreadScheduling(
                config.realTimePriority(), config.identity().getSerialNumber());
    }

    /**
     * Builds the pump and starts its thread; it answers LoadScenario with UNSUPPORTED. If that
     * thread ever dies (a model failure, an OutOfMemoryError), the host refuses every request from
     * then on.
     */
    public static PumpHost start(HostConfig config, PumpStreams streams, LinkFaultSwitch linkFaults) {
        return start(config, streams, linkFaults, failure -> {}, null, null);
    }

    /**
     * Builds the pump and starts its thread; in test mode a bench may start it over from any scenario
     * {@code scenarios} reads (null: none).
     */
    public static PumpHost start(
            HostConfig config, PumpStreams streams, LinkFaultSwitch linkFaults, ScenarioReader scenarios) {
        return start(config, streams, linkFaults, failure -> {}, null, scenarios);
    }

    /**
     * Builds the pump and starts its thread; {@code onDeath} is called, on the dying sim thread,
     * if the thread ever stops for anything but {@link #close()}. A process serving a real client
     * exits there and then (the pump it hosted no longer doses); the host refuses every request
     * if {@code onDeath} returns.
     */
    public static PumpHost start(
            HostConfig config, PumpStreams streams, LinkFaultSwitch linkFaults, Consumer<Throwable> onDeath) {
        return start(config, streams, linkFaults, onDeath, null, null);
    }

    /**
     * As {@link #start(HostConfig, PumpStreams, LinkFaultSwitch, Consumer)}, running the pump
     * {@code state} restored (null: a pump that starts afresh and keeps nothing). Every input is
     * then journaled, and made durable before its reply goes out; a journal that cannot be written
     * is a death too.
     */
    public static PumpHost start(
            HostConfig config,
            PumpStreams streams,
            LinkFaultSwitch linkFaults,
            Consumer<Throwable> onDeath,
            DurableState state) {
        return start(config, streams, linkFaults, onDeath, state, null);
    }

    /**
     * All of the above: a pump with {@code state} (or none) whose bench may start it over from the
     * scenarios {@code scenarios} reads (or none). A pump with durable state never starts over: its
     * state is the patient's, so it refuses LoadScenario (docs/RELIABILITY.md).
     */
    public static PumpHost start(
            HostConfig config,
            PumpStreams streams,
            LinkFaultSwitch linkFaults,
            Consumer<Throwable> onDeath,
            DurableState state,
            ScenarioReader scenarios) {
        PumpHost host = new PumpHost(config, streams, linkFaults, onDeath, state, scenarios);
        if (state != null) {
            state.onFailure(onDeath);
        }
        host.thread.start();
        return host;
    }

    /** Runs {@code next}, with its time control and request executor, in place of any simulator before. */
    private void install(PumpSimulator next, Pacing pace) {
        next.setInputHistoryLimit(INPUT_HISTORY_IN_MEMORY);
        next.setSampleIntervalUs(config.sampleIntervalUs());
        next.setSink(new StreamingSink(streams, linkFaults));
        this.sim = next;
        this.time = new TimeControl(next, pace, lateness);
        this.executor = new RequestExecutor(next, time, linkFaults, refusals, journal);
        journal.follow(next);
    }

    /**
     * Queues a request; {@code replyTo} is called once, on the sim thread, with its reply. Returns
     * false, queueing nothing, when the queue is full: answer BUSY.
     */
    public boolean submit(Request request, Consumer<Reply> replyTo) {
        return submit(request, RequestOrigin.LOCAL, replyTo);
    }

    /**
     * Queues a request from {@code origin}: with durable state, its reply is kept with the journaled
     * input, so a retry under the same key after a restart gets it again; a request from a lower
     * role that the firmware would refuse is refused before the model (see {@link RequestOrigin}).
     */
    public boolean submit(Request request, RequestOrigin origin, Consumer<Reply> replyTo) {
        return enqueue(request, origin, false, replyTo);
    }

    /**
     * Queues an interrogation that only reads: its report is what an interrogation would show,
     * but nothing is logged, no alarm is acknowledged or cleared and no battery charge is spent
     * (an observer's or a patient's read must not change the pump). Returns false when the queue is
     * full.
     */
    public boolean submitRead(Request interrogation, Consumer<Reply> replyTo) {
        if (!interrogation.hasInterrogate()) {
            throw new IllegalArgumentException(
                    "only an Interrogate can be read passively, not " + interrogation.getCommandCase());
        }
        return enqueue(interrogation, RequestOrigin.LOCAL, true, replyTo);
    }

    private boolean enqueue(Request request, RequestOrigin origin, boolean passive, Consumer<Reply> replyTo) {
        if (queuedRequests.incrementAndGet() > config.commandQueueCapacity()) {
            queuedRequests.decrementAndGet();
            return false;
        }
        // replies are stamped with the sim time they were made at, which the clock published after
        // the last turn may not show yet (a StepDone comes in the middle of a turn)
        inbox.add(new RequestTask(request, origin, passive, reply -> {
            if (Thread.currentThread() == thread) {
                simTimeUs = sim.nowUs();
            }
            replyTo.accept(reply);
        }));
        return true;
    }

    /**
     * Counts a request refused outside the model (role, test mode, rate). It costs no queue room
     * and no battery: the refusals of a burst reach the pump's event log together, as one record
     * with their count, before the next command and at least once a second while they come.
     */
    public void noteRefusal(String request, String reason) {
        refusals.note(request, reason);
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

    /** The replies of journaled requests the restored pump kept, for the retry ledger (none without state). */
    public java.util.List<KeptReply> keptReplies() {
        return state == null ? java.util.List.of() : state.keptReplies();
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
        if (state != null) {
            try {
                state.close();
            } catch (java.io.IOException e) {
                log.error("closing the pump's state folder {}", state.dir(), e);
            }
        }
    }

    private void run() {
        try {
            while (!stopping) {
                scheduling.follow(time.pace());
                drainInbox();
                flushRefusalsEverySecond();
                TimeControl.Turn turn = time.advance();
                publishClock();
                journal.markTimeNowAndThen();
                if (turn.waitNanos() > 0) {
                    waitForInbox(turn.waitNanos());
                }
            }
            stopCleanly();
        } catch (InterruptedException e) {
            // close() asked us to stop
            stopCleanly();
        } catch (RuntimeException | Error e) {
            failure = e;
            log.error("the pump model failed at sim time {} us; the host now refuses every request", sim.nowUs(), e);
            try {
                onDeath.accept(e);
            } catch (RuntimeException | Error ignored) {
                // the handler could not stop the process; refusing is what is left
            }
            refuseUntilStopped();
        }
    }

    /** The refusals counted so far are logged, and durable state gets a snapshot to start from. */
    private void stopCleanly() {
        flushRefusals();
        journal.stop();
    }

    private void flushRefusalsEverySecond() {
        long now = System.nanoTime();
        if (now - lastRefusalFlushNanos >= REFUSAL_FLUSH_NANOS) {
            flushRefusals();
        }
    }

    /** Sim thread: the refusals noted so far go to the model as one input. */
    private void flushRefusals() {
        lastRefusalFlushNanos = System.nanoTime();
        PumpCommand.LinkRefusal burst = refusals.take();
        if (burst != null) {
            sim.applyNow(burst);
            journal.refusalBurst(burst);
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
        RequestTask request = (RequestTask) task;
        queuedRequests.decrementAndGet();
        try {
            if (request.passive()) {
                executor.read(request.request(), request.replyTo());
                return;
            }
            if (request.request().getCommandCase() == Request.CommandCase.LOAD_SCENARIO) {
                request.replyTo().accept(loadScenario(request.request()));
                return;
            }
            // refusals counted so far come first in the log, as they came first
            flushRefusals();
            executor.execute(request.request(), request.origin(), request.replyTo());
            journal.snapshotIfDue();
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
        if (state != null) {
            return Replies.nack(
                    id,
                    NackReason.NACK_REASON_PUMP_STATE,
                    "load_scenario: this pump keeps durable state (" + state.dir()
                            + "), which is the patient's and is never replaced by a scenario;"
                            + " run a bench against a --test-mode pump started without --state");
        }
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
        // the refusals counted so far were the old pump's
        refusals.take();
        install(PumpSimulator.create(plan.withTimeline(List.of()).withFaults(List.of())), time.pace());
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
}
