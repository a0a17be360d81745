package io.itddsim.sim;

import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultCondition;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated faults for the fast-forward property: every catalogue entry, with parameters scaled so
 * that its effect shows within a few hours, and schedules using every feature (at, for,
 * repeat/every, probability, a threshold or an event condition).
 */
final class FaultArbitraries {
    private static final long SECOND_US = 1_000_000L;
    private static final long MINUTE_US = 60 * SECOND_US;
    private static final long HOUR_US = 60 * MINUTE_US;

    private FaultArbitraries() {}

    /** Up to three faults with distinct names, for a run of about {@code horizonUs}. */
    static Arbitrary<List<FaultSpec>> faultLists(long horizonUs) {
        return faults(horizonUs).list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<FaultSpec> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(list.get(i).named("f" + i));
            }
            return named;
        });
    }

    /**
     * One fault of any kind waiting, from the start, for the volume delivered to reach a few
     * hundred microlitres to a few millilitres, polled every 17 s or every 10 min (the default):
     * a condition that comes true while a sound pump runs whole strokes in one go, so the run must
     * stop for the poll that finds it.
     */
    static Arbitrary<List<FaultSpec>> watchingDelivery() {
        return Combinators.combine(
                        Arbitraries.of(FaultKind.values()),
                        Arbitraries.longs().between(100_000, 3_000_000),
                        Arbitraries.of(17 * SECOND_US, FaultSchedule.DEFAULT_POLL_US))
                .as((kind, nl, poll) -> {
                    FaultSchedule schedule = FaultSchedule.now()
                            .when(new FaultCondition.Threshold(
                                    FaultCondition.Quantity.DELIVERED, FaultCondition.Comparison.AT_LEAST, nl))
                            .polledEvery(poll);
                    if (!kind.endsByItself()) {
                        schedule = schedule.lasting(HOUR_US);
                    }
                    return List.of(withFastParameters(FaultSpec.of(kind, schedule))
                            .scheduled(schedule)
                            .named("w"));
                });
    }

    private static Arbitrary<FaultSpec> faults(long horizonUs) {
        // most faults start early and for certain, so that most cases see them act (runs last 10 min to 6 h)
        Arbitrary<Long> atUs = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 8 * MINUTE_US)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, horizonUs)));
        Arbitrary<Long> probabilityPpm = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(1_000_000L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(200_000, 999_999)));
        return Combinators.combine(
                        Arbitraries.of(FaultKind.values()),
                        atUs,
                        Arbitraries.longs().between(1_000, horizonUs / 2),
                        Arbitraries.integers().between(1, 3),
                        probabilityPpm,
                        conditions())
                .as((kind, at, forUs, repeat, probability, when) -> spec(kind, at, forUs, repeat, probability, when));
    }

    private static FaultSpec spec(
            FaultKind kind, long at, long forUs, int repeat, long probability, FaultCondition when) {
        FaultSpec s = withFastParameters(FaultSpec.of(kind, FaultSchedule.at(at)));
        long each = kind.endsByItself() ? selfDurationUs(kind) : forUs;
        FaultSchedule schedule = FaultSchedule.at(at).withProbabilityPpm(probability);
        if (!kind.endsByItself()) {
            schedule = schedule.lasting(forUs);
        }
        if (repeat > 1) {
            schedule = schedule.repeated(repeat, each + 7 * MINUTE_US + 3_000);
        }
        if (when != null) {
            schedule = schedule.when(when);
            if (when instanceof FaultCondition.Threshold) {
                schedule = schedule.polledEvery(17 * SECOND_US);
            }
        }
        return s.scheduled(schedule);
    }

    private static long selfDurationUs(FaultKind kind) {
        return switch (kind) {
            case MOTOR_STALL_TRANSIENT -> 9 * MINUTE_US;
            case MOTOR_STALL_INTERMITTENT -> HOUR_US;
            case MRI_EXPOSURE -> 20 * MINUTE_US + 5 * MINUTE_US; // scan + recovery delay
            default -> 0; // an instant
        };
    }

    /** Rates a hundred to a million times the defaults, so a few hours show the effect. */
    private static FaultSpec withFastParameters(FaultSpec s) {
        return switch (s.kind()) {
            case MOTOR_STALL_TRANSIENT -> s.with("duration", 9 * MINUTE_US);
            case MOTOR_STALL_INTERMITTENT ->
                s.with("episodes", 3)
                        .with("window", HOUR_US)
                        .with("episode_min", SECOND_US)
                        .with("episode_max", 5 * MINUTE_US);
            case MRI_EXPOSURE -> s.with("scan", 20 * MINUTE_US).with("recovery_delay", 5 * MINUTE_US);
            case SHAFT_WEAR, GEAR_CORROSION -> s.with("rate_ppm_per_day", 40_000_000);
            case OVER_INFUSION -> s.with("rate_ppm_per_day", 1_000_000).with("onset_ppm", 50_000);
            case ROLLER_OCCLUSION_LOSS -> s.with("free_flow", 3_000_000);
            case OVER_INFUSION_AFTER_STOP -> s.with("min_stop", 10 * MINUTE_US);
            case GRANULOMA -> s.with("growth_per_day", 2_000_000);
            case BATTERY_RESISTIVE_FILM -> s.with("growth_mohm_per_day", 20_000_000);
            case BATTERY_PREMATURE_DEPLETION -> s.with("parasitic_current_na", 40_000_000);
            case REFILL_WRONG_CONCENTRATION -> s.with("concentration_ppm", 3_000_000);
            case NVM_LOG_CORRUPTION, NVM_PRESCRIPTION_CORRUPTION -> s.with("bits", 2);
            default -> s;
        };
    }

    private static Arbitrary<FaultCondition> conditions() {
        Arbitrary<FaultCondition> threshold = Combinators.combine(
                        Arbitraries.of(FaultCondition.Quantity.values()),
                        Arbitraries.of(FaultCondition.Comparison.values()),
                        Arbitraries.longs().between(0, 20_000_000))
                .as(FaultCondition.Threshold::new);
        Arbitrary<FaultCondition> event = Arbitraries.of(
                        EventType.MOTOR_STALL,
                        EventType.BOLUS_STARTED,
                        EventType.PRESCRIPTION_PROGRAMMED,
                        EventType.MOTOR_STALL_RECOVERED)
                .map(FaultCondition.AfterEvent::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just((FaultCondition) null)),
                net.jqwik.api.Tuple.of(1, threshold),
                net.jqwik.api.Tuple.of(1, event));
    }
}
