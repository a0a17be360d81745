package io.itddsim.bench.jmh;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;

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

    private BenchScenario() {
    }

    /** A full 40 mL pump infusing morphine at {@code rateNlPerDay}. */
    static PumpSimulator fullPump(long rateNlPerDay) {
        Prescription rx = Prescription.continuous("morphine", MORPHINE_UG_PER_ML, rateNlPerDay);
        return PumpSimulator.create(
                SimulationSetup.inService(PumpProfile.synchroMed40ml(), SEED, FULL_40_ML_NL, rx));
    }
}
