package io.itddsim.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The plant's part of a run of whole strokes ({@link Plant#leapPlainSteps}) leaves the plant
 * exactly where driving the same steps tick by tick does, from plants in generated states: one
 * strength in the reservoir or two mixed, a catheter holding segments of several strengths (whole
 * or fractional picograms per nanolitre, past the segment limit where they merge), any rotor carry,
 * a battery of any age, resistance and quiescent current (whole nanocoulombs a tick or not), worn
 * gears; and {@link Plant#plainStepsAllMove} says
 * beforehand whether every one of those steps will turn the shaft.
 */
class PlainStepLeapProperties {

    /** How a plant was brought into its state; applied twice it gives two identical plants. */
    record Start(
            long baselineNa,
            long gainPpm,
            long dodPpm,
            long reservoirNl,
            long reservoirUgPerMl,
            long mixedInNl,
            long mixedInUgPerMl,
            List<Long> catheterPieceNl,
            long pieceMassSeed,
            long rotorSteps,
            long resistanceMilliOhm,
            long wearPpm) {

        Plant build() {
            // a baseline current of whole nA x a 1 ms tick is whole nC; odd currents leave remainders to carry
            PumpProfile profile =
                    PumpProfile.synchroMed20ml().with(ProfileParameter.BATTERY_BASELINE_CURRENT_NA, baselineNa);
            Plant p = new Plant(profile, gainPpm, dodPpm);
            p.reservoir().add(reservoirNl, reservoirUgPerMl);
            p.reservoir().add(Math.min(mixedInNl, p.reservoir().capacityNl() - reservoirNl), mixedInUgPerMl);
            p.catheter().fill(reservoirUgPerMl);
            long seed = pieceMassSeed;
            for (long nl : catheterPieceNl) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                long pgPerNl = (seed >>> 33) % 60_000;
                long extra = (seed >>> 20) % 7 == 0 ? (seed >>> 8) % nl : 0; // now and then a fraction per nL
                p.catheter().push(nl, nl * pgPerNl + extra);
            }
            for (long i = 0; i < rotorSteps; i++) {
                p.rotor().advanceOneStep();
            }
            p.battery().setInternalResistanceMilliOhm(resistanceMilliOhm);
            p.gears().setWearPpm(wearPpm);
            return p;
        }
    }

    @Property(tries = 300)
    void aRunOfPlainStepsLeavesThePlantWhereSteppingDoes(
            @ForAll("starts") Start start,
            @ForAll @LongRange(min = 1, max = 20_000) long steps,
            @ForAll @IntRange(min = 1, max = 4) int ticksPerStep,
            @ForAll @IntRange(min = 1, max = 500) int ticksAfter) {
        Plant stepped = start.build();
        Plant leapt = start.build();
        long ticks = (steps - 1) * ticksPerStep + ticksAfter;
        long lastStepTick = (steps - 1) * ticksPerStep + 1;
        boolean allMoveSaid = leapt.plainStepsAllMove(steps, lastStepTick);

        for (long t = 0; t < ticks; t++) {
            if (t % ticksPerStep == 0 && t / ticksPerStep < steps) {
                stepped.driveMotorStep();
            }
            stepped.step(t * 1_000);
        }
        boolean allMoved = stepped.motor().stepsMoved() == steps && stepped.brownOutResetCount() == 0;
        assertEquals(allMoved, allMoveSaid, "whether every step moves");
        Statistics.label("every step moved").collect(allMoved);
        Statistics.label("reservoir")
                .collect(
                        start.mixedInNl() > 0 && start.mixedInUgPerMl() != start.reservoirUgPerMl()
                                ? "mixed"
                                : "one strength");
        if (allMoved) {
            leapt.leapPlainSteps(ticks, steps);
            assertEquals(hash(stepped), hash(leapt));
            assertEquals(
                    stepped.reservoir().volumeNl()
                            + stepped.catheter().volumeNl()
                            + stepped.ledger().intrathecalNl(),
                    leapt.reservoir().volumeNl()
                            + leapt.catheter().volumeNl()
                            + leapt.ledger().intrathecalNl());
        }
    }

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<Long> strength = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(25_000L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 60_000)));
        Arbitrary<Long> mixedIn = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 10_000_000)));
        Arbitrary<List<Long>> pieces =
                Arbitraries.longs().between(1, 20_000).list().ofMaxSize(40);
        // a sound cell, or one whose resistance nearly browns a step out
        Arbitrary<Long> resistance = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(20_000L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(300_000, 420_000)));
        Arbitrary<Long> wear = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(GearTrain.NEW_WEAR_PPM)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1_000_000, 4_000_000)));
        Arbitrary<Long> dod = Arbitraries.oneOf(
                Arbitraries.just(0L),
                Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.longs().between(960_000, 1_000_000));
        return Combinators.combine(
                        Combinators.combine(
                                        Arbitraries.longs().between(-50_000, 50_000),
                                        dod,
                                        Arbitraries.longs().between(0, 20_000_000),
                                        strength,
                                        mixedIn,
                                        strength)
                                .as(List::of),
                        pieces,
                        Arbitraries.longs(),
                        Arbitraries.longs().between(0, 2_000),
                        resistance,
                        wear,
                        Arbitraries.longs().between(0, 50_000))
                .as((a, p, seed, rotor, r, w, baseline) -> new Start(
                        baseline, a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), p, seed, rotor, r, w));
    }

    private static String hash(Plant p) {
        return new StateDigest().add(p).hex();
    }
}
