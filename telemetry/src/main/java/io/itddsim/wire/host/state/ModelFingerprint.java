package io.itddsim.wire.host.state;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.PumpProfile;

/**
 * What this build's pump model does, in one hash: the state hash of a fixed probe run (a morphine
 * pump, a bolus, two days). A build whose model behaves differently, or hashes differently, gets
 * another fingerprint, so a state folder written by it is refused instead of replayed into a
 * different pump.
 */
final class ModelFingerprint {

    private static final long DAY_TICKS = 86_400_000;

    private static String current;

    private ModelFingerprint() {}

    static synchronized String current() {
        if (current == null) {
            long concentration = 25_000;
            PumpSimulator probe = PumpSimulator.create(SimulationSetup.inService(
                    PumpProfile.synchroMed20ml(),
                    2026,
                    18_000_000,
                    Prescription.continuous(
                            "morphine", concentration, Prescription.rateForDose(5_000, concentration))));
            probe.step(DAY_TICKS / 2);
            probe.applyNow(new PumpCommand.StartBolus(BolusKind.SINGLE, 40_000, 1_800_000_000L));
            probe.step(DAY_TICKS * 2);
            current = probe.stateHash();
        }
        return current;
    }
}
