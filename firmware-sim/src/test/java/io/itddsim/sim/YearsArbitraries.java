package io.itddsim.sim;

import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultCondition;
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
import net.jqwik.api.Tuple;

/**
 * Generated pump lives of years for the fast-forward properties: a pump in service at a
 * continuous or flex rate, refilled every 30 to 90 days (now and then late enough to run empty,
 * now and then with another strength, some refills leaving drug behind so that two strengths mix),
 * an interrogation after each refill, now and then a new prescription, a battery of any age (many
 * reach ERI or end of service within the run), and faults spread over the years with realistic
 * rates, each for at most ten days so the reference run stays affordable.
 */
final class YearsArbitraries {
    static final long DAY_US = PumpProfile.US_PER_DAY;
    static final long YEAR_US = 365 * DAY_US;
    private static final long HOUR_US = 3_600_000_000L;
    private static final long MORPHINE = 25_000;

    private YearsArbitraries() {}

    /** A pump life of {@code horizonUs}, the timeline scheduled, the faults armed at the start. */
    record Life(
            SimulationSetup setup,
            List<Long> times,
            List<PumpCommand> commands,
            List<FaultSpec> faults,
            long horizonUs) {
        @Override
        public String toString() {
            return "Life[" + setup.profile() + ", seed " + setup.seed() + ", "
                    + setup.prescription().therapy()
                    + ", dod " + setup.batteryDepthOfDischargePpm() + " ppm, " + horizonUs / DAY_US + " d, "
                    + commands.size() + " commands, faults " + faults + "]";
        }
    }

    /** Lives of {@code minYears} to {@code maxYears} years at rates from {@code minRate} to {@code maxRate} nL/day. */
    static Arbitrary<Life> lives(int minYears, int maxYears, long minRate, long maxRate) {
        Arbitrary<Long> horizon = Arbitraries.longs().between(minYears * YEAR_US, maxYears * YEAR_US);
        // new, or old enough that ERI (about 917,500 ppm spent) or end of service may come within the run
        Arbitrary<Long> dod = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(800_000, 975_000)));
        Arbitrary<SimulationSetup> setup = Combinators.combine(
                        Arbitraries.longs(),
                        Arbitraries.of(true, false),
                        therapy(minRate, maxRate),
                        dod,
                        Arbitraries.longs().between(0, DAY_US - 1))
                .as((seed, big, therapy, spent, clock) -> {
                    PumpProfile profile = big ? PumpProfile.synchroMed40ml() : PumpProfile.synchroMed20ml();
                    long full = big ? 40_000_000 : 20_000_000;
                    return new SimulationSetup(
                            profile,
                            seed,
                            full,
                            MORPHINE,
                            full,
                            true,
                            new Prescription("morphine", MORPHINE, therapy),
                            spent,
                            clock);
                });
        return Combinators.combine(setup, horizon, Arbitraries.longs(), faults())
                .as((s, h, timelineSeed, faults) -> timeline(s, h, timelineSeed, faults, minRate, maxRate));
    }

    private static Arbitrary<Therapy> therapy(long minRate, long maxRate) {
        Arbitrary<Long> rate = Arbitraries.longs().between(minRate, maxRate);
        Arbitrary<Therapy> flex = Combinators.combine(
                        rate, rate, Arbitraries.longs().between(1, 23))
                .as((day, night, hour) -> new Therapy.Flex(
                        List.of(new Therapy.FlexStep(0, night), new Therapy.FlexStep(hour * HOUR_US, day))));
        return Arbitraries.frequencyOf(Tuple.of(3, rate.map(Therapy.Continuous::new)), Tuple.of(1, flex));
    }

    /**
     * The timeline, drawn from one seed so that refills follow each other: each 30 to 90 days
     * after the last (one in six late by up to 60 days, so the pump may run empty first).
     */
    private static Life timeline(
            SimulationSetup s, long horizonUs, long seed, List<FaultSpec> faults, long minRate, long maxRate) {
        java.util.Random r = new java.util.Random(seed);
        long capacity = s.reservoirVolumeNl();
        List<Long> times = new ArrayList<>();
        List<PumpCommand> commands = new ArrayList<>();
        long t = 0;
        while (true) {
            t += (30 + r.nextInt(61)) * DAY_US + r.nextInt(86_400) * 1_000_000L;
            if (r.nextInt(6) == 0) {
                t += r.nextInt(61) * DAY_US;
            }
            if (t >= horizonUs) {
                break;
            }
            long strength = r.nextInt(4) == 0 ? 5_000 * (1 + r.nextInt(10)) : MORPHINE;
            boolean partial = r.nextInt(5) == 0; // drug left behind: two strengths mix when they differ
            long aspirate = partial ? 1_000_000L * r.nextInt(3) : PumpCommand.Refill.ASPIRATE_ALL;
            // from a few millilitres (which a low rate may use up before the next refill) to full
            long added = partial ? capacity / 2 : 3_000_000L + (long) (r.nextDouble() * (capacity - 3_000_000L));
            long next = t + 60 * DAY_US;
            times.add(t);
            commands.add(new PumpCommand.Refill(
                    RefillRoute.RESERVOIR, aspirate, PumpCommand.Refill.NOT_MEASURED, added, strength, strength, next));
            times.add(t + 10 * 60_000_000L);
            commands.add(new PumpCommand.Interrogate());
            if (r.nextInt(4) == 0) { // a new prescription a week later
                long rate = minRate + (long) (r.nextDouble() * (maxRate - minRate));
                times.add(t + 7 * DAY_US);
                commands.add(
                        new PumpCommand.Program(new Prescription("morphine", strength, new Therapy.Continuous(rate))));
            }
        }
        return new Life(s, times, commands, faults, horizonUs);
    }

    /** Up to three faults spread over the first years, each acting for at most ten days. */
    private static Arbitrary<List<FaultSpec>> faults() {
        Arbitrary<FaultKind> kind = Arbitraries.of(FaultKind.values())
                .filter(k -> k != FaultKind.MOTOR_STALL_PERMANENT); // years of stepped strokes: unaffordable here
        Arbitrary<FaultSpec> fault = Combinators.combine(
                        kind,
                        Arbitraries.longs().between(0, 3 * YEAR_US),
                        Arbitraries.longs().between(HOUR_US, 10 * DAY_US),
                        conditions())
                .as((k, at, lasting, when) -> {
                    FaultSchedule schedule = FaultSchedule.at(at);
                    if (!k.endsByItself()) {
                        schedule = schedule.lasting(lasting);
                    }
                    if (when != null) {
                        schedule = schedule.when(when);
                    }
                    return FaultSpec.of(k, schedule);
                });
        return fault.list().ofMaxSize(3).map(list -> {
            List<FaultSpec> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(list.get(i).named("y" + i));
            }
            return named;
        });
    }

    /** None, a threshold polled every 10 min (the default), or an event. */
    private static Arbitrary<FaultCondition> conditions() {
        Arbitrary<FaultCondition> threshold = Combinators.combine(
                        Arbitraries.of(FaultCondition.Quantity.values()),
                        Arbitraries.of(FaultCondition.Comparison.values()),
                        Arbitraries.longs().between(0, 40_000_000))
                .as(FaultCondition.Threshold::new);
        Arbitrary<FaultCondition> event = Arbitraries.of(
                        EventType.RESERVOIR_LOW, EventType.BATTERY_ERI, EventType.REFILL, EventType.ALARM_RAISED)
                .map(FaultCondition.AfterEvent::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just((FaultCondition) null)), Tuple.of(2, threshold), Tuple.of(1, event));
    }
}
