package io.itddsim.wire;

import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.BolusKind;
import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.InfusionMode;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.ProgramPrescription;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Step;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;

/** Pumps and requests for the wire tests. */
public final class Pumps {

    public static final String SERIAL = "NGP-TEST-0001";
    /** Morphine 25 mg/mL at 5 mg/day. */
    public static final long MORPHINE_UG_PER_ML = 25_000;

    public static final long RATE_NL_PER_DAY = Prescription.rateForDose(5_000, MORPHINE_UG_PER_ML);

    private Pumps() {}

    public static SimulationSetup morphineSetup() {
        return SimulationSetup.inService(
                PumpProfile.synchroMed20ml(),
                7,
                18_000_000,
                Prescription.continuous("morphine", MORPHINE_UG_PER_ML, RATE_NL_PER_DAY));
    }

    public static HostConfig config(Pacing pace, boolean testMode) {
        return HostConfig.of(morphineSetup(), PumpIdentities.of(PumpProfile.synchroMed20ml(), SERIAL, testMode), pace);
    }

    public static Request interrogate(long id) {
        return Request.newBuilder()
                .setRequestId(id)
                .setInterrogate(Interrogate.newBuilder().setLogMaxEntries(100))
                .build();
    }

    public static Request step(long id, long ticks) {
        return Request.newBuilder()
                .setRequestId(id)
                .setStep(Step.newBuilder().setTicks(ticks))
                .build();
    }

    public static Request bolus(long id, long volumeNl, long durationUs) {
        return Request.newBuilder()
                .setRequestId(id)
                .setBolus(Bolus.newBuilder()
                        .setKind(BolusKind.BOLUS_KIND_SINGLE)
                        .setVolumeNl(volumeNl)
                        .setDurationUs(durationUs))
                .build();
    }

    public static Request programContinuous(long id, long rateNlPerDay) {
        return Request.newBuilder()
                .setRequestId(id)
                .setProgramPrescription(ProgramPrescription.newBuilder()
                        .setPrescription(io.itddsim.proto.v1.Prescription.newBuilder()
                                .setDrug(Drug.newBuilder()
                                        .setName("morphine")
                                        .setConcentrationUgPerMl(MORPHINE_UG_PER_ML))
                                .setMode(InfusionMode.INFUSION_MODE_CONTINUOUS)
                                .setRateNlPerDay(rateNlPerDay)))
                .build();
    }
}
