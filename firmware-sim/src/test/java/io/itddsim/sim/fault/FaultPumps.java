package io.itddsim.sim.fault;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;

/** Fixtures for fault tests: pumps, times, and what the firmware logged. */
final class FaultPumps {
    static final long MINUTE_US = 60_000_000L;
    static final long HOUR_US = 60 * MINUTE_US;
    static final long DAY_US = PumpProfile.US_PER_DAY;
    static final long MORPHINE_25 = 25_000;
    /** 0.5 mL/day: a 240 nL stroke every 41.5 s. */
    static final long TYPICAL_RATE = 500_000;

    private FaultPumps() {}

    /** A full 40 mL pump infusing {@code drug} at 25 mg/mL and {@code rateNlPerDay}. */
    static PumpSimulator infusing(String drug, long rateNlPerDay, long seed) {
        return PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed40ml(),
                seed,
                40_000_000,
                Prescription.continuous(drug, MORPHINE_25, rateNlPerDay)));
    }

    static PumpSimulator morphine(long seed) {
        return infusing("morphine", TYPICAL_RATE, seed);
    }

    static List<PumpEvent> events(PumpSimulator sim, EventType type) {
        return sim.events().stream().filter(e -> e.type() == type).toList();
    }

    static FaultRecord onlyRecord(PumpSimulator sim) {
        List<FaultRecord> r = sim.faultRecords();
        if (r.size() != 1) {
            throw new AssertionError("expected one fault record, got " + r);
        }
        return r.get(0);
    }

    /** Arms and insists it was accepted. */
    static void arm(PumpSimulator sim, FaultSpec spec) {
        var result = sim.armFault(spec);
        if (!result.accepted()) {
            throw new AssertionError("refused: " + result.reason());
        }
    }
}
