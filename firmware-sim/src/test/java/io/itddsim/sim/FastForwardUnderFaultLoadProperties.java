package io.itddsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.sim.firmware.Therapy;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The runs of whole strokes taken under a steady fault load (docs/MODEL.md "Whole strokes") must
 * end where stepping does: for generated pumps with faults that act for days at a constant load (a
 * kink or granuloma of any resistance, an occlusion, a leak or disconnection, a permanent jam, worn
 * gears, a feedthrough short, a parasitic drain, a resistive film), batteries new or old enough to
 * stall against a blocked catheter, rates from the lowest to several mL a day, and a refill and an
 * interrogation part-way, the leaping run ends in the same state hash and fault records as the
 * reference that steps every stroke tick by tick (itself checked against stepping every tick by
 * {@link FastForwardEquivalenceProperties}), and the first hours also as stepping every tick.
 */
class FastForwardUnderFaultLoadProperties {
    private static final long MINUTE_US = 60_000_000L;
    private static final long HOUR_US = 60 * MINUTE_US;
    private static final long DAY_US = PumpProfile.US_PER_DAY;
    private static final long MORPHINE = 25_000;

    record Case(SimulationSetup setup, List<FaultSpec> faults, long refillAtUs, long horizonUs) {}

    @Property(tries = 40)
    void runsUnderAFaultLoadEndAsSteppingEveryStrokeDoes(@ForAll("cases") Case c) {
        PumpSimulator leaping = build(c, true);
        PumpSimulator reference = build(c, false);
        for (long until : new long[] {c.horizonUs() / 3, c.horizonUs()}) {
            leaping.runUntil(until);
            reference.runUntil(until);
            assertEquals(reference.stateHash(), leaping.stateHash(), "at " + until + " us of " + c);
            assertEquals(reference.faultRecords(), leaping.faultRecords(), "at " + until + " us of " + c);
        }
        Statistics.label("strokes stepped")
                .collect(leaping.ticksStepped() * 5 < reference.ticksStepped() ? "<20% of reference" : ">=20%");
        Statistics.label("stalls")
                .collect(Math.min(
                        3,
                        leaping.events().stream()
                                .filter(e -> e.type() == EventType.MOTOR_STALL)
                                .count()));
    }

    @Property(tries = 15)
    void theFirstHoursUnderAFaultLoadEndAsSteppingEveryTickDoes(@ForAll("cases") Case c) {
        Case shortCase = new Case(c.setup(), c.faults(), Long.MAX_VALUE, 3 * HOUR_US);
        PumpSimulator leaping = build(shortCase, true);
        PumpSimulator ticking = build(shortCase, true);
        ticking.setFastForward(false);
        leaping.runUntil(shortCase.horizonUs());
        ticking.runUntil(shortCase.horizonUs());
        assertEquals(ticking.stateHash(), leaping.stateHash(), "case " + c);
    }

    /**
     * The case the bundled fleet study meets most behind a kink: an ageing battery whose last steps
     * of each stroke miss against the filling wall, too few to declare a stall. Taken in one go, it
     * ends where stepping every stroke does.
     */
    @Example
    void aKinkedPumpWhoseLastStepsMissLeapsAndEndsAsSteppingDoes() {
        SimulationSetup setup = new SimulationSetup(
                PumpProfile.synchroMed40ml(),
                7,
                30_000_000,
                MORPHINE,
                30_000_000,
                true,
                new Prescription("morphine", MORPHINE, new Therapy.Continuous(383_442)),
                920_000,
                0);
        Case c = new Case(setup, List.of(spec(FaultKind.CATHETER_KINK).named("kink")), 2 * DAY_US, 3 * DAY_US);
        PumpSimulator leaping = build(c, true);
        PumpSimulator reference = build(c, false);
        leaping.runUntil(c.horizonUs());
        reference.runUntil(c.horizonUs());
        assertEquals(reference.stateHash(), leaping.stateHash());
        long driven = leaping.plant().motor().stepsDriven();
        assertTrue(leaping.plant().motor().stepsMoved() < driven * 9 / 10, "a tenth or more of the steps missed");
        assertTrue(
                leaping.events().stream().noneMatch(e -> e.type() == EventType.MOTOR_STALL), "no stall was declared");
        assertTrue(
                leaping.ticksStepped() * 100 < reference.ticksStepped(),
                "stepped " + leaping.ticksStepped() + " ticks against " + reference.ticksStepped());
    }

    static PumpSimulator build(Case c, boolean wholeStrokes) {
        PumpSimulator sim = PumpSimulator.create(c.setup());
        sim.setWholeStrokeLeaps(wholeStrokes);
        if (c.refillAtUs() != Long.MAX_VALUE) {
            sim.schedule(
                    c.refillAtUs(),
                    new PumpCommand.Refill(
                            RefillRoute.RESERVOIR,
                            PumpCommand.Refill.ASPIRATE_ALL,
                            PumpCommand.Refill.NOT_MEASURED,
                            20_000_000,
                            MORPHINE,
                            MORPHINE,
                            0));
            sim.schedule(c.refillAtUs() + MINUTE_US, new PumpCommand.Interrogate());
        }
        c.faults().forEach(sim::armFault);
        return sim;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> horizon = Arbitraries.longs().between(HOUR_US, 3 * DAY_US);
        Arbitrary<List<FaultSpec>> faults = loadFaults()
                .list()
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(list -> {
                    List<FaultSpec> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        named.add(list.get(i).named("f" + i));
                    }
                    return named;
                });
        return Combinators.combine(
                        setups(), faults, horizon, Arbitraries.integers().between(1, 9))
                .as((setup, fs, h, refillTenths) -> new Case(setup, fs, h * refillTenths / 10, h));
    }

    private Arbitrary<SimulationSetup> setups() {
        // new, at the knee (a blocked catheter stalls the motor), or late in life
        Arbitrary<Long> dod = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(2, Arbitraries.longs().between(900_000, 930_000)),
                Tuple.of(1, Arbitraries.longs().between(930_000, 980_000)));
        // mostly the field's rates; some low (long gaps between strokes) and some high
        Arbitrary<Long> rate = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(48_000, 100_000)),
                Tuple.of(3, Arbitraries.longs().between(100_000, 1_000_000)),
                Tuple.of(1, Arbitraries.longs().between(1_000_000, 4_000_000)));
        Arbitrary<Long> volume = Arbitraries.longs().between(1_000_000, 40_000_000);
        return Combinators.combine(
                        Arbitraries.longs(),
                        rate,
                        dod,
                        volume,
                        Arbitraries.of(true, false),
                        Arbitraries.longs().between(0, DAY_US - 1))
                .as((seed, r, spent, vol, primed, clock) -> new SimulationSetup(
                        PumpProfile.synchroMed40ml(),
                        seed,
                        vol,
                        MORPHINE,
                        vol,
                        primed,
                        new Prescription("morphine", MORPHINE, new Therapy.Continuous(r)),
                        spent,
                        clock));
    }

    /** Faults whose load stays steady for long stretches, with parameters across their ranges. */
    private static Arbitrary<FaultSpec> loadFaults() {
        Arbitrary<Long> at = Arbitraries.longs().between(0, 6 * HOUR_US);
        Arbitrary<Long> lasting = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.longs().between(HOUR_US, DAY_US)));
        Arbitrary<FaultSpec> kind = Arbitraries.oneOf(
                Arbitraries.longs()
                        .between(2, 200_000)
                        .map(f -> spec(FaultKind.CATHETER_KINK).with("resistance_factor", f)),
                Arbitraries.just(spec(FaultKind.CATHETER_OCCLUSION)),
                Arbitraries.longs()
                        .between(50, 2_000_000)
                        .map(g -> spec(FaultKind.GRANULOMA).with("growth_per_day", g)),
                Arbitraries.longs()
                        .between(1, 1_000_000)
                        .map(p -> spec(FaultKind.CATHETER_LEAK).with("leak_ppm", p)),
                Arbitraries.just(spec(FaultKind.CATHETER_DISCONNECTION)),
                Arbitraries.just(spec(FaultKind.MOTOR_STALL_PERMANENT)),
                Arbitraries.longs()
                        .between(1_600, 40_000_000)
                        .map(r -> spec(FaultKind.SHAFT_WEAR).with("rate_ppm_per_day", r)),
                Arbitraries.longs()
                        .between(0, 1_000_000)
                        .map(l -> spec(FaultKind.FEEDTHROUGH_SHORT).with("torque_loss_ppm", l)),
                Arbitraries.longs()
                        .between(1_000, 40_000_000)
                        .map(p -> spec(FaultKind.BATTERY_PREMATURE_DEPLETION).with("parasitic_current_na", p)),
                Arbitraries.longs()
                        .between(0, 20_000_000)
                        .map(g -> spec(FaultKind.BATTERY_RESISTIVE_FILM).with("growth_mohm_per_day", g)));
        return Combinators.combine(kind, at, lasting).as((s, from, forUs) -> {
            FaultSchedule schedule = FaultSchedule.at(from);
            return s.scheduled(forUs == Long.MAX_VALUE ? schedule : schedule.lasting(forUs));
        });
    }

    private static FaultSpec spec(FaultKind kind) {
        return FaultSpec.of(kind, FaultSchedule.at(0));
    }
}
