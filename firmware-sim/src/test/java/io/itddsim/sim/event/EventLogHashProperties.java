package io.itddsim.sim.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.itddsim.sim.hash.StateDigest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The event log's part of the state hash is kept running as events are logged (so hashing a pump
 * does not cost more as its log grows); it must still be a function of the events alone.
 */
class EventLogHashProperties {

    /** What the log holds, by definition: its length, then the SHA-256 of its events in order. */
    private static String byDefinition(List<PumpEvent> events) {
        StateDigest all = new StateDigest();
        events.forEach(e -> e.hashInto(all));
        return new StateDigest()
                .section("eventlog")
                .add(events.size())
                .add(all.soFar())
                .hex();
    }

    private static String hashOf(EventLog log) {
        return new StateDigest().add(log).hex();
    }

    @Property(tries = 300)
    @Label("a log hashes as its events, however they were logged, amended or saved and loaded")
    void theLogHashesAsItsEvents(
            @ForAll @Size(max = 60) List<@net.jqwik.api.From("events") PumpEvent> logged,
            @ForAll @Size(max = 60) List<Boolean> amendAfter,
            @ForAll("events") PumpEvent amendment)
            throws Exception {
        EventLog log = new EventLog();
        List<PumpEvent> expected = new ArrayList<>();
        for (int i = 0; i < logged.size(); i++) {
            PumpEvent e = logged.get(i);
            log.log(e.timeUs(), e.type(), e.value(), e.detail());
            expected.add(e);
            if (i < amendAfter.size() && amendAfter.get(i)) {
                log.amendNewest(amendment);
                expected.set(expected.size() - 1, amendment);
            }
            assertEquals(byDefinition(expected), hashOf(log), "after event " + i);
        }
        EventLog loaded = saveAndLoad(log);
        assertEquals(byDefinition(expected), hashOf(loaded), "after saving and loading");
        loaded.log(1L, EventType.values()[0], 2L, "after load");
        expected.add(new PumpEvent(1L, EventType.values()[0], 2L, "after load"));
        assertEquals(byDefinition(expected), hashOf(loaded), "logging on after loading");
    }

    @Property(tries = 100)
    @Label("two logs that differ in any event hash differently")
    void anyEventChangesTheHash(
            @ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("events") PumpEvent> logged,
            @ForAll("events") PumpEvent other) {
        net.jqwik.api.Assume.that(!logged.get(0).equals(other));
        EventLog a = new EventLog();
        EventLog b = new EventLog();
        for (int i = 0; i < logged.size(); i++) {
            PumpEvent e = logged.get(i);
            a.log(e.timeUs(), e.type(), e.value(), e.detail());
            PumpEvent f = i == 0 ? other : e;
            b.log(f.timeUs(), f.type(), f.value(), f.detail());
        }
        assertNotEquals(hashOf(a), hashOf(b));
    }

    @Provide
    Arbitrary<PumpEvent> events() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 1L << 50),
                        Arbitraries.of(EventType.class),
                        Arbitraries.longs(),
                        Arbitraries.strings().ofMaxLength(20))
                .as(PumpEvent::new);
    }

    private static EventLog saveAndLoad(EventLog log) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(log);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (EventLog) in.readObject();
        }
    }
}
