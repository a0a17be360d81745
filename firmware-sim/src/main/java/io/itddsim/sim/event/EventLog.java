package io.itddsim.sim.event;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The firmware's event log, in the order events were logged. Events are rare (a handful a day),
 * so appending allocates only when something happens, never in the quiet loop.
 *
 * <p>The log enters the state hash as its length and the SHA-256 of all its events, kept running
 * as events are logged. A pump host hashes the whole state after every input it answers in test
 * mode or journals; fed event by event, that hash grew with the log (a pump with 10,000 alarm tests
 * in its log spent about a millisecond per input on it, on the sim thread, while the alarm frames
 * it had just sent waited for a core). Kept running, it costs the same for ten events or a million.
 */
public final class EventLog implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<PumpEvent> events = new ArrayList<>();
    private transient EventSink sink = EventSink.NONE;
    private EventRecorder recorder;
    /** Told of every event too: the fault scheduler, for faults that start "after" an event. */
    private EventRecorder watcher;
    /** SHA-256 over every event so far, and over all but the newest (to amend it); rebuilt on load. */
    private transient StateDigest allEvents = new StateDigest();

    private transient StateDigest allButNewest = new StateDigest();

    public void setSink(EventSink sink) {
        this.sink = sink == null ? EventSink.NONE : sink;
    }

    /** Persists every event from now on (the firmware's NVM log); the recorder must be serializable. */
    public void setRecorder(EventRecorder recorder) {
        this.recorder = recorder;
    }

    /** Tells {@code watcher} of every event from now on (the fault scheduler); it must be serializable. */
    public void setWatcher(EventRecorder watcher) {
        this.watcher = watcher;
    }

    public void log(long timeUs, EventType type, long value, String detail) {
        PumpEvent e = new PumpEvent(timeUs, type, value, detail);
        events.add(e);
        allButNewest = allEvents.copy();
        e.hashInto(allEvents);
        if (recorder != null) {
            recorder.record(e);
        }
        if (watcher != null) {
            watcher.record(e);
        }
        sink.onEvent(e);
    }

    /**
     * Replaces the newest event with {@code replacement}, in its place and under its index: the
     * persisted record is rewritten and the sink is told again (a client sees the same index with
     * the new value). Watchers are not told: nothing new happened.
     *
     * @throws IllegalStateException when the log is empty
     */
    public void amendNewest(PumpEvent replacement) {
        if (events.isEmpty()) {
            throw new IllegalStateException("no event to amend");
        }
        events.set(events.size() - 1, replacement);
        allEvents = allButNewest.copy();
        replacement.hashInto(allEvents);
        if (recorder != null) {
            recorder.rewriteNewest(replacement);
        }
        sink.onEvent(replacement);
    }

    /** The newest event, or null when none was logged. */
    public PumpEvent newest() {
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }

    public void log(long timeUs, EventType type, long value) {
        log(timeUs, type, value, "");
    }

    public List<PumpEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Number of events logged so far (allocation-free, for the loop). */
    public int size() {
        return events.size();
    }

    public long count(EventType type) {
        return events.stream().filter(e -> e.type() == type).count();
    }

    private Object readResolve() {
        sink = EventSink.NONE;
        allEvents = new StateDigest();
        allButNewest = allEvents;
        for (PumpEvent e : events) {
            allButNewest = allEvents.copy();
            e.hashInto(allEvents);
        }
        return this;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("eventlog").add(events.size()).add(allEvents.soFar());
    }
}
