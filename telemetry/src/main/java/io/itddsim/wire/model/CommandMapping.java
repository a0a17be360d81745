package io.itddsim.wire.model;

import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.ProgramPrescription;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.PumpCommand;

/** Turns clinician requests into the model's commands. */
public final class CommandMapping {

  private CommandMapping() {}

  public static PumpCommand program(ProgramPrescription request) {
    if (!request.hasPrescription()) {
      throw new WireRejection(NackReason.NACK_REASON_INVALID_ARGUMENT, "program_prescription.prescription: missing");
    }
    return new PumpCommand.Program(PrescriptionMapping.toModel(request.getPrescription()));
  }

  public static PumpCommand bolus(Bolus request) {
    BolusKind kind =
        switch (request.getKind()) {
          case BOLUS_KIND_SINGLE -> BolusKind.SINGLE;
          case BOLUS_KIND_PRIMING -> BolusKind.PRIMING;
          case BOLUS_KIND_BRIDGE ->
              throw new WireRejection(
                  NackReason.NACK_REASON_UNSUPPORTED,
                  "bolus.kind: the pump model (firmware-sim) has no bridge bolus yet; SINGLE and PRIMING are"
                      + " supported");
          default ->
              throw new WireRejection(
                  NackReason.NACK_REASON_INVALID_ARGUMENT,
                  "bolus.kind: expected SINGLE or PRIMING, got " + request.getKindValue());
        };
    return new PumpCommand.StartBolus(
        kind,
        PrescriptionMapping.nonNegative("bolus.volume_nl", request.getVolumeNl()),
        PrescriptionMapping.nonNegative("bolus.duration_us", request.getDurationUs()));
  }
}
