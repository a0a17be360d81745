package io.itddsim.sim;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.itddsim.sim.FastForwardEquivalenceProperties.Case;
import io.itddsim.sim.YearsArbitraries.Life;
import io.itddsim.sim.engine.LeapMutation;
import io.itddsim.sim.engine.LeapMutations;
import io.itddsim.sim.engine.PumpSimulator;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;

/**
 * The fast-forward equivalence properties have teeth: with the closed form over whole strokes
 * broken on purpose ({@link LeapMutation}: a guard skipped or a carry off by a tick), the very
 * cases those properties generate, from a fixed seed, show a run that no longer ends where
 * stepping does. Unbroken, the same cases agree, so what is caught is the breakage. (jqwik runs
 * these, one try per mutant, because the properties' generators only run inside jqwik.)
 */
class FastForwardMutationTest {
    /** Cases of the hours-long property to look through before giving up on a mutant. */
    private static final int SHORT_CASES = 60;
    /** Low-rate lives of the years property (each a few years, stepped stroke by stroke as reference). */
    private static final int LIVES = 4;

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void theHoursLongPropertyCatchesABrokenClosedForm(@ForAll("everyMutant") LeapMutation mutation) {
        assertNotNull(
                firstCaughtCase(mutation),
                mutation + " was not caught by any of " + SHORT_CASES + " cases of the fast-forward property");
    }

    @Example
    void theUnbrokenClosedFormAgreesOnTheSameCases() {
        RandomGenerator<Case> cases =
                new FastForwardEquivalenceProperties().cases().generator(1_000);
        Random random = new Random(14);
        for (int i = 0; i < 20; i++) {
            Case c = cases.next(random).value();
            assertNull(FastForwardEquivalenceProperties.firstDifference(c, LeapMutation.NONE, false), "case " + c);
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void theYearsPropertyCatchesABrokenClosedForm(@ForAll("mutantsAYearShows") LeapMutation mutation) {
        RandomGenerator<Life> lives =
                new FastForwardOverYearsProperties().lowRateLives().generator(1_000);
        Random random = new Random(14);
        for (int i = 0; i < LIVES; i++) {
            Life life = lives.next(random).value();
            PumpSimulator broken = LeapMutations.broken(FastForwardOverYearsProperties.build(life, true), mutation);
            PumpSimulator reference = FastForwardOverYearsProperties.build(life, false);
            broken.runUntil(life.horizonUs());
            reference.runUntil(life.horizonUs());
            if (!broken.stateHash().equals(reference.stateHash())) {
                return;
            }
        }
        throw new AssertionError(mutation + " was not caught by any of " + LIVES + " lives of the years property");
    }

    @Provide
    Arbitrary<LeapMutation> everyMutant() {
        return Arbitraries.of(LeapMutation.class).filter(m -> m != LeapMutation.NONE);
    }

    /**
     * The breakages a sound pump's years show at any moment. The others (a stall or brown-out coming
     * mid-run, a threshold condition between polls) need a fault or a sagging battery at the right
     * moment of a low-rate life, which a handful of lives need not contain; the hours-long cases do.
     */
    @Provide
    Arbitrary<LeapMutation> mutantsAYearShows() {
        return Arbitraries.of(
                LeapMutation.PAST_RESERVOIR_LEVEL, LeapMutation.DRAIN_ONE_TICK_LONG, LeapMutation.NEXT_STROKE_LATE);
    }

    /** The first of the property's cases (fixed seed) in which the mutant ends elsewhere than stepping; null if none. */
    private static Case firstCaughtCase(LeapMutation mutation) {
        RandomGenerator<Case> cases =
                new FastForwardEquivalenceProperties().cases().generator(1_000);
        Random random = new Random(14);
        for (int i = 0; i < SHORT_CASES; i++) {
            Case c = cases.next(random).value();
            if (FastForwardEquivalenceProperties.firstDifference(c, mutation, false) != null) {
                return c;
            }
        }
        return null;
    }
}
