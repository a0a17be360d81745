package io.itddsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.sim.YearsArbitraries.Life;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast-forward over whole strokes must be invisible over years, not only over the hours the
 * short property ({@link FastForwardEquivalenceProperties}) can afford to step: for generated
 * pump lives of one to seven years (refills every 30 to 90 days, missed refills, strengths that
 * change and mix, batteries reaching ERI and end of service, faults), the run that leaps over
 * whole strokes ends in the same state hash as references that do not.
 *
 * <p>Stepping years tick by tick is out of reach (a year is 3e10 ticks), so the references are:
 * the fast-forward with whole strokes turned off, which steps every stroke tick by tick and skips
 * only the idle ticks between them (itself checked against pure stepping by the short property),
 * over the whole life at low rates; and, at any rate, windows of days cut out of a life at random
 * moments deep into it, each continued by the leaping run and by a copy of it that steps its
 * strokes, and the first hours of each window also by a copy that steps every tick.
 */
class FastForwardOverYearsProperties {
    private static final long HOUR_US = 3_600_000_000L;

    /** Low rates (48 to 120 uL/day), so that stepping every stroke of the whole life is affordable. */
    @Property(tries = 6)
    void aLifeOfYearsEndsAsTheStrokeSteppingReferenceDoes(@ForAll("lowRateLives") Life life) {
        PumpSimulator leaping = build(life, true);
        PumpSimulator reference = build(life, false);
        for (long until : new long[] {life.horizonUs() / 3, life.horizonUs()}) {
            leaping.runUntil(until);
            reference.runUntil(until);
            assertEquals(reference.stateHash(), leaping.stateHash(), "at " + until + " us of " + life);
            assertEquals(reference.faultRecords(), leaping.faultRecords());
        }
        collect(leaping);
    }

    /** Any rate up to 1 mL/day: windows of one to four days deep into the life, and hours of them stepped. */
    @Property(tries = 12)
    void windowsDeepIntoALifeOfYearsEndAsTheReferencesDo(@ForAll("lives") Life life, @ForAll long windowSeed) {
        PumpSimulator leaping = build(life, true);
        Random r = new Random(windowSeed);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add((long) (r.nextDouble() * (life.horizonUs() - 5 * YearsArbitraries.DAY_US)));
        }
        starts.sort(null);
        long end = 0;
        for (long start : starts) {
            if (start < end) {
                continue;
            }
            leaping.runUntil(start);
            PumpSimulator strokeStepping = copyOf(leaping);
            strokeStepping.setWholeStrokeLeaps(false);
            PumpSimulator tickStepping = copyOf(leaping);
            tickStepping.setFastForward(false);
            long hours = start + (1 + r.nextInt(2)) * HOUR_US;
            leaping.runUntil(hours);
            tickStepping.runUntil(hours);
            assertEquals(
                    tickStepping.stateHash(), leaping.stateHash(), "stepped window at " + start + " us of " + life);
            end = start + (1 + r.nextInt(4)) * YearsArbitraries.DAY_US;
            leaping.runUntil(end);
            strokeStepping.runUntil(end);
            assertEquals(strokeStepping.stateHash(), leaping.stateHash(), "window at " + start + " us of " + life);
            assertEquals(strokeStepping.faultRecords(), leaping.faultRecords());
        }
        leaping.runUntil(life.horizonUs());
        collect(leaping);
    }

    @Provide
    Arbitrary<Life> lowRateLives() {
        return YearsArbitraries.lives(1, 4, 48_000, 120_000);
    }

    @Provide
    Arbitrary<Life> lives() {
        return YearsArbitraries.lives(1, 7, 48_000, 1_000_000);
    }

    static PumpSimulator build(Life life, boolean wholeStrokes) {
        PumpSimulator sim = PumpSimulator.create(life.setup());
        sim.setWholeStrokeLeaps(wholeStrokes);
        for (int i = 0; i < life.commands().size(); i++) {
            sim.schedule(life.times().get(i), life.commands().get(i));
        }
        life.faults().forEach(sim::armFault);
        return sim;
    }

    /** What the generated lives went through, so a run shows that they reach what they claim to. */
    private static void collect(PumpSimulator sim) {
        Statistics.label("battery")
                .collect(
                        count(sim, EventType.BATTERY_EOS) > 0
                                ? "EOS"
                                : count(sim, EventType.BATTERY_ERI) > 0 ? "ERI" : "sound");
        Statistics.label("ran empty").collect(count(sim, EventType.RESERVOIR_EMPTY) > 0);
        Statistics.label("fault occurrences")
                .collect(Math.min(3, sim.faultRecords().size()));
        Statistics.label("strokes stepped").collect(sim.ticksStepped() * 20 < sim.ticks() ? "<5% of ticks" : ">=5%");
    }

    private static long count(PumpSimulator sim, EventType type) {
        return sim.events().stream().filter(e -> e.type() == type).count();
    }

    /** A deep copy through the model's own serialization (snapshots keep the state hash). */
    static PumpSimulator copyOf(PumpSimulator sim) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(sim);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (PumpSimulator) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
