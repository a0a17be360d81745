package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.FlexStep;
import io.itddsim.proto.v1.InfusionMode;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PtmLimits;
import io.itddsim.sim.firmware.Therapy;
import java.util.ArrayList;
import java.util.List;

/**
 * Prescriptions between the wire and the model. Only the form is checked here (fields present,
 * numbers representable); clinical limits are the pump's to judge when the command is applied,
 * so that its refusal, not ours, is what the client sees and what the event log records.
 */
public final class PrescriptionMapping {

    private PrescriptionMapping() {}

    /** The model prescription a wire prescription asks for (the low-reservoir level is an alarm setting, see {@link CommandMapping}). */
    public static Prescription toModel(io.itddsim.proto.v1.Prescription wire) {
        if (!wire.hasDrug() || wire.getDrug().getName().isBlank()) {
            throw new WireRejection(
                    NackReason.NACK_REASON_INVALID_ARGUMENT,
                    "prescription.drug.name: expected a drug name, got nothing");
        }
        String drug = wire.getDrug().getName();
        long concentration = nonNegative(
                "prescription.drug.concentration_ug_per_ml", wire.getDrug().getConcentrationUgPerMl());
        Therapy therapy = switch (wire.getMode()) {
            case INFUSION_MODE_STOPPED -> new Therapy.Stopped();
            case INFUSION_MODE_CONTINUOUS ->
                new Therapy.Continuous(nonNegative("prescription.rate_nl_per_day", wire.getRateNlPerDay()));
            case INFUSION_MODE_FLEX -> new Therapy.Flex(flexSteps(wire.getFlexStepsList()));
            default ->
                throw new WireRejection(
                        NackReason.NACK_REASON_INVALID_ARGUMENT,
                        "prescription.mode: expected STOPPED, CONTINUOUS or FLEX, got " + wire.getModeValue());
        };
        return new Prescription(drug, concentration, therapy, ptmLimits(wire.getPtmLimits()));
    }

    /** The wire form of a model prescription, with the low-reservoir level from the alarm settings. */
    public static io.itddsim.proto.v1.Prescription toWire(Prescription model, AlarmSettings alarms) {
        io.itddsim.proto.v1.Prescription.Builder wire = io.itddsim.proto.v1.Prescription.newBuilder()
                .setDrug(Drug.newBuilder().setName(model.drug()).setConcentrationUgPerMl(model.concentrationUgPerMl()))
                .setLowReservoirAlarmNl(alarms.lowReservoirNl());
        Therapy therapy = model.therapy();
        if (therapy instanceof Therapy.Stopped) {
            wire.setMode(InfusionMode.INFUSION_MODE_STOPPED);
        } else if (therapy instanceof Therapy.Continuous continuous) {
            wire.setMode(InfusionMode.INFUSION_MODE_CONTINUOUS).setRateNlPerDay(continuous.rateNlPerDay());
        } else if (therapy instanceof Therapy.Flex flex) {
            wire.setMode(InfusionMode.INFUSION_MODE_FLEX);
            for (Therapy.FlexStep step : flex.steps()) {
                wire.addFlexSteps(FlexStep.newBuilder()
                        .setStartOfDayUs(step.startTimeOfDayUs())
                        .setRateNlPerDay(step.rateNlPerDay()));
            }
        }
        PtmLimits ptm = model.ptm();
        if (ptm != null) {
            wire.setPtmLimits(io.itddsim.proto.v1.PtmLimits.newBuilder()
                    .setBolusVolumeNl(ptm.doseNl())
                    .setBolusDurationUs(ptm.durationUs())
                    .setLockoutUs(ptm.lockoutUs())
                    .setMaxBolusesPerDay(ptm.maxPerDay()));
        }
        return wire.build();
    }

    /** A zero bolus volume disables patient boluses (no limits in the model). */
    private static PtmLimits ptmLimits(io.itddsim.proto.v1.PtmLimits wire) {
        if (wire.getBolusVolumeNl() == 0) {
            return null;
        }
        int maxPerDay = wire.getMaxBolusesPerDay();
        if (maxPerDay < 0) {
            throw new WireRejection(
                    NackReason.NACK_REASON_OUT_OF_RANGE,
                    "prescription.ptm_limits.max_boluses_per_day: " + Integer.toUnsignedString(maxPerDay)
                            + " is beyond any value the pump accepts");
        }
        return new PtmLimits(
                nonNegative("prescription.ptm_limits.bolus_volume_nl", wire.getBolusVolumeNl()),
                nonNegative("prescription.ptm_limits.bolus_duration_us", wire.getBolusDurationUs()),
                nonNegative("prescription.ptm_limits.lockout_us", wire.getLockoutUs()),
                maxPerDay);
    }

    private static List<Therapy.FlexStep> flexSteps(List<FlexStep> wire) {
        List<Therapy.FlexStep> steps = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            FlexStep step = wire.get(i);
            String field = "prescription.flex_steps[" + i + "]";
            steps.add(new Therapy.FlexStep(
                    nonNegative(field + ".start_of_day_us", step.getStartOfDayUs()),
                    nonNegative(field + ".rate_nl_per_day", step.getRateNlPerDay())));
        }
        return steps;
    }

    /**
     * A uint64 from the wire as a Java long; values over 2^63-1 arrive negative and are far out of
     * any range the pump accepts.
     */
    static long nonNegative(String field, long uint64) {
        if (uint64 < 0) {
            throw new WireRejection(
                    NackReason.NACK_REASON_OUT_OF_RANGE,
                    field + ": " + Long.toUnsignedString(uint64) + " is beyond any value the pump accepts");
        }
        return uint64;
    }
}
