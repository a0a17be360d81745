package io.itddsim.sim;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;

/** Test fixtures: pumps in common states. */
public final class Pumps {
    public static final long DAY_US = PumpProfile.US_PER_DAY;
    public static final long HOUR_US = 3_600_000_000L;
    public static final long MORPHINE_25_MG_PER_ML = 25_000;

    private Pumps() {}

    /** A 40 mL pump, full, infusing morphine continuously at {@code rateNlPerDay}. */
    public static PumpSimulator morphine40ml(long seed, long rateNlPerDay) {
        return PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed40ml(),
                seed,
                40_000_000,
                Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, rateNlPerDay)));
    }

    /**
     * A 40 mL pump infusing morphine whose clinician entered {@code enteredNl} while the reservoir
     * really holds {@code actualNl}: the firmware's estimate is wrong from the start.
     */
    public static PumpSimulator misfilled40ml(long seed, long rateNlPerDay, long actualNl, long enteredNl) {
        Prescription rx = Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, rateNlPerDay);
        return PumpSimulator.create(new SimulationSetup(
                PumpProfile.synchroMed40ml(), seed, actualNl, MORPHINE_25_MG_PER_ML, enteredNl, true, rx, 0, 0));
    }

    /** A full 40 mL pump at 0.5 mL/day of morphine whose battery has {@code spentPpm} of its charge spent. */
    public static PumpSimulator agedBattery40ml(long seed, long spentPpm) {
        return PumpSimulator.create(SimulationSetup.inService(
                        PumpProfile.synchroMed40ml(),
                        seed,
                        40_000_000,
                        Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, 500_000))
                .withBatteryDepthOfDischargePpm(spentPpm));
    }

    /** A 20 mL pump holding {@code volumeNl} with the pump stopped. */
    public static PumpSimulator stopped20ml(long seed, long volumeNl) {
        return PumpSimulator.create(SimulationSetup.inService(
                PumpProfile.synchroMed20ml(), seed, volumeNl, Prescription.stopped("morphine", MORPHINE_25_MG_PER_ML)));
    }

    /** The first event of {@code type} the pump logged, or null if none. */
    public static PumpEvent firstEvent(PumpSimulator sim, EventType type) {
        return sim.events().stream().filter(e -> e.type() == type).findFirst().orElse(null);
    }
}
