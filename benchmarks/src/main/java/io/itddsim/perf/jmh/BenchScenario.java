package io.itddsim.perf.jmh;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.fault.FaultCondition;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;

/**
 * The pump every benchmark runs: a SynchroMed II 40 mL full of morphine 25 mg/mL on a continuous
 * rate. One place, so the stepped and the fast-forward figures describe the same patient.
 */
final class BenchScenario {
    /** Morphine 25 mg/mL: a common intrathecal concentration, well inside the prescription rules. */
    static final long MORPHINE_UG_PER_ML = 25_000;
    /** 0.5 mL/day: a typical maintenance rate; a full 40 mL pump lasts 80 days at it. */
    static final long TYPICAL_RATE_NL_PER_DAY = 500_000;
    /** The profile's maximum rate, 24 mL/day: the motor turns about 11% of the time (stroke-heavy). */
    static final long MAX_RATE_NL_PER_DAY = 24_000_000;

    static final long FULL_40_ML_NL = 40_000_000;
    /** Fixed, so every fork simulates the same pump (its stroke-volume error comes from the seed). */
    static final long SEED = 20_240_601L;

    private BenchScenario() {}

    /** The {@code faults} parameter's values: no fault, or faults armed that never become active. */
    static final String NO_FAULTS = "none";

    static final String IDLE_FAULTS = "armed-idle";

    /**
     * Three faults that wait for the whole benchmark, one in each way a fault can wait: for a
     * time far ahead, for a quantity condition checked every minute, and for an event that never
     * comes. What this costs a run in which no fault acts is the overhead the figures compare.
     */
    static List<FaultSpec> idleFaults() {
        return List.of(
                FaultSpec.of(FaultKind.MOTOR_STALL_PERMANENT, FaultSchedule.at(10_000 * PumpProfile.US_PER_DAY)),
                FaultSpec.of(
                        FaultKind.CATHETER_OCCLUSION,
                        FaultSchedule.now()
                                .when(new FaultCondition.Threshold(
                                        FaultCondition.Quantity.DELIVERED,
                                        FaultCondition.Comparison.AT_LEAST,
                                        10_000_000_000L))),
                FaultSpec.of(
                        FaultKind.CATHETER_LEAK,
                        FaultSchedule.now().when(new FaultCondition.AfterEvent(EventType.MEMORY_ERROR))));
    }

    /**
     * The run plan of a full 40 mL pump infusing morphine at {@code rateNlPerDay} for {@code
     * durationUs}, with the faults the {@code faults} parameter names.
     */
    static RunPlan plan(long rateNlPerDay, String faults, long durationUs) {
        Prescription rx = Prescription.continuous("morphine", MORPHINE_UG_PER_ML, rateNlPerDay);
        RunPlan plan = RunPlan.of(
                "benchmark pump",
                SimulationSetup.inService(PumpProfile.synchroMed40ml(), SEED, FULL_40_ML_NL, rx),
                durationUs);
        return switch (faults) {
            case NO_FAULTS -> plan;
            case IDLE_FAULTS -> plan.withFaults(idleFaults());
            default -> throw new IllegalArgumentException("faults: expected none or armed-idle, got " + faults);
        };
    }

    /** Builds the pump of {@link #plan} and arms the faults the {@code faults} parameter names. */
    static PumpSimulator fullPump(long rateNlPerDay, String faults) {
        return PumpSimulator.create(plan(rateNlPerDay, faults, 0));
    }

    /**
     * A full 40 mL pump at {@code rateNlPerDay} for {@code horizonUs}, refilled as a clinic would
     * before it runs low: every 60 days, or sooner at a high rate (when 37 of its 40 mL are used),
     * aspirating what is left and filling 39 mL, with the refill reminder set for the day before
     * the next refill and an interrogation ten minutes after each refill. A sound pump's life; the
     * battery is new, and may reach ERI and end of service within years (see docs/PERFORMANCE.md).
     */
    static PumpSimulator refilledPump(long rateNlPerDay, long horizonUs, String faults) {
        PumpSimulator sim = fullPump(rateNlPerDay, faults);
        long intervalUs = refillIntervalUs(rateNlPerDay);
        for (long t = intervalUs; t < horizonUs; t += intervalUs) {
            sim.schedule(t, PumpCommand.Refill.ofReservoir(39_000_000, MORPHINE_UG_PER_ML, t + intervalUs - DAY_US));
            sim.schedule(t + 10 * MINUTE_US, new PumpCommand.Interrogate());
        }
        return sim;
    }

    /** 60 days, or the whole days in which the rate uses 37 mL if fewer. */
    static long refillIntervalUs(long rateNlPerDay) {
        return Math.min(60, 37_000_000 / rateNlPerDay) * DAY_US;
    }

    static final long DAY_US = PumpProfile.US_PER_DAY;
    static final long MINUTE_US = 60_000_000L;

    /** A full 40 mL pump infusing morphine at {@code rateNlPerDay}. */
    static PumpSimulator fullPump(long rateNlPerDay) {
        return fullPump(rateNlPerDay, NO_FAULTS);
    }
}
