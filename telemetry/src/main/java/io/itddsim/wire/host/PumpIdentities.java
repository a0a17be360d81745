package io.itddsim.wire.host;

import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/** The identity an emulated pump presents in the handshake. */
public final class PumpIdentities {

    public static final String FIRMWARE_VERSION = "itdd-sim 0.1.0";

    private PumpIdentities() {}

    public static PumpIdentity of(PumpProfile profile, String serialNumber, boolean testMode) {
        long capacityNl = profile.get(ProfileParameter.RESERVOIR_CAPACITY_NL);
        return PumpIdentity.newBuilder()
                // the 8637-20 and 8637-40 differ only in reservoir size (DOMAIN.md 1)
                .setModel(
                        "SynchroMed II 8637-" + capacityNl / 1_000_000 + " (emulated, profile " + profile.name() + ")")
                .setSerialNumber(serialNumber)
                .setFirmwareVersion(FIRMWARE_VERSION)
                .setReservoirCapacityNl(capacityNl)
                .setTestMode(testMode)
                // an emulator knows what its plant really did, and its status samples say so
                .setReportsGroundTruth(true)
                .build();
    }
}
