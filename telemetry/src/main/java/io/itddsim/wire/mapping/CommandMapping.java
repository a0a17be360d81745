package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.AlarmAcknowledge;
import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.ProgramPrescription;
import io.itddsim.proto.v1.Refill;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import java.util.ArrayList;
import java.util.List;

/** Turns clinician and patient requests into the model's commands. */
public final class CommandMapping {

    private CommandMapping() {}

    /**
     * A whole programming transfer, with a bridge bolus first when one is asked for. The wire
     * prescription's low-reservoir level (0: keep the pump's) goes with it; the firmware takes the
     * two together or refuses both.
     */
    public static PumpCommand program(ProgramPrescription request) {
        if (!request.hasPrescription()) {
            throw new WireRejection(
                    NackReason.NACK_REASON_INVALID_ARGUMENT, "program_prescription.prescription: missing");
        }
        Prescription prescription = PrescriptionMapping.toModel(request.getPrescription());
        long lowReservoirNl = PrescriptionMapping.nonNegative(
                "prescription.low_reservoir_alarm_nl", request.getPrescription().getLowReservoirAlarmNl());
        if (request.getBridgeVolumeNl() != 0) {
            return new PumpCommand.ProgramWithBridgeBolus(
                    prescription,
                    PrescriptionMapping.nonNegative(
                            "program_prescription.bridge_volume_nl", request.getBridgeVolumeNl()),
                    lowReservoirNl);
        }
        return new PumpCommand.Program(prescription, lowReservoirNl);
    }

    public static PumpCommand bolus(Bolus request) {
        BolusKind kind = switch (request.getKind()) {
            case BOLUS_KIND_SINGLE -> BolusKind.SINGLE;
            case BOLUS_KIND_PRIMING -> BolusKind.PRIMING;
            case BOLUS_KIND_BRIDGE ->
                throw new WireRejection(
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "bolus.kind: a bridge bolus goes with the new prescription it bridges to; send"
                                + " ProgramPrescription with bridge_volume_nl");
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

    /**
     * The usual refill, through the reservoir septum: everything is aspirated and the reservoir
     * holds {@code reservoir_volume_nl} afterwards. The emulated clinician's syringe measures the
     * aspirated volume from the plant (the ground truth the firmware compares with its estimate),
     * so the request's {@code aspirated_nl} is not an input. Without a concentration the programmed
     * one is kept; a drug name, when given, is the clinician's entry, which the firmware checks
     * against the programmed drug.
     */
    public static PumpCommand refill(Refill request, Prescription current) {
        long concentration = current.concentrationUgPerMl();
        String drug = "";
        if (request.hasDrug()) {
            drug = request.getDrug().getName();
            if (request.getDrug().getConcentrationUgPerMl() != 0) {
                concentration = PrescriptionMapping.nonNegative(
                        "refill.drug.concentration_ug_per_ml", request.getDrug().getConcentrationUgPerMl());
            }
        }
        return PumpCommand.Refill.ofReservoir(
                        PrescriptionMapping.nonNegative("refill.reservoir_volume_nl", request.getReservoirVolumeNl()),
                        concentration,
                        PrescriptionMapping.nonNegative("refill.next_refill_due_us", request.getNextRefillDueUs()))
                .withEnteredDrug(drug);
    }

    public static PumpCommand acknowledge(AlarmAcknowledge request) {
        List<AlarmType> types = new ArrayList<>();
        for (int i = 0; i < request.getCodesCount(); i++) {
            AlarmCode code = request.getCodes(i);
            AlarmType type = AlarmMapping.type(code);
            if (type == null) {
                throw new WireRejection(
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "alarm_acknowledge.codes[" + i + "]: no alarm has code " + request.getCodesValue(i));
            }
            types.add(type);
        }
        return new PumpCommand.AcknowledgeAlarms(types);
    }
}
