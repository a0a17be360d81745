package io.itddsim.bench.target;

import io.itddsim.proto.v1.AlarmAcknowledge;
import io.itddsim.proto.v1.AlarmTest;
import io.itddsim.proto.v1.BeginProgramming;
import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.BolusKind;
import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.ProgramPrescription;
import io.itddsim.proto.v1.PtmBolus;
import io.itddsim.proto.v1.Refill;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.TimedCommand;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.wire.mapping.AlarmMapping;
import io.itddsim.wire.mapping.PrescriptionMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run plan's timeline and faults as the requests a bench sends a pump: the protocol's clinician
 * requests for the commands, FaultArm for the faults. What the protocol cannot carry (a fault that
 * waits for a condition or repeats, a refill by another route, new alarm settings) is reported
 * before anything runs, with the scenario line, so a scenario never runs half-expressed.
 */
public final class WireRequests {
    private WireRequests() {}

    /** Why parts of a plan cannot be sent over the wire, one line each; empty when all can. */
    public static List<String> problems(RunPlan plan) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < plan.timeline().size(); i++) {
            TimedCommand c = plan.timeline().get(i);
            String why = unsendable(c.command());
            if (why != null) {
                problems.add(plan.source() + ":" + c.line() + ": timeline[" + i + "]: " + why);
            }
        }
        for (FaultSpec f : plan.faults()) {
            FaultSchedule s = f.schedule();
            List<String> extra = new ArrayList<>();
            if (s.when() != null) {
                extra.add("when");
            }
            if (s.repeat() != 1) {
                extra.add("repeat");
            }
            if (s.probabilityPpm() != FaultSchedule.CERTAIN_PPM) {
                extra.add("probability");
            }
            if (!extra.isEmpty()) {
                problems.add(plan.source() + ": faults: " + f.name() + ": " + String.join(", ", extra)
                        + " cannot be sent in a FaultArm, which carries a start (at) and a duration (for) only");
            }
        }
        return problems;
    }

    private static String unsendable(PumpCommand c) {
        if (c instanceof PumpCommand.ConfigureAlarms) {
            return "configure_alarms has no request in the protocol";
        }
        if (c instanceof PumpCommand.Refill r) {
            if (r.route() != RefillRoute.RESERVOIR) {
                return "a refill by the " + r.route().name().toLowerCase(java.util.Locale.ROOT)
                        + " route is a physical act the protocol cannot ask for";
            }
            if (r.aspirateNl() != PumpCommand.Refill.ASPIRATE_ALL) {
                return "a partial aspiration is a physical act the protocol cannot ask for";
            }
            if (r.enteredConcentrationUgPerMl() != r.drugConcentrationUgPerMl()) {
                return "an entered concentration other than the true one cannot be sent (the wire Refill carries one)";
            }
        }
        return null;
    }

    /** The FaultArm for a fault: the catalogue key, its parameters, and its name, start and duration. */
    public static Request.Builder faultArm(FaultSpec f) {
        FaultArm.Builder arm = FaultArm.newBuilder().setFault(f.kind().key()).putParameters("name", f.name());
        if (f.schedule().atUs() > 0) {
            arm.putParameters("at_us", Long.toString(f.schedule().atUs()));
        }
        if (f.schedule().forUs() > 0) {
            arm.putParameters("for_us", Long.toString(f.schedule().forUs()));
        }
        for (Map.Entry<String, Long> p : f.parameters().entrySet()) {
            arm.putParameters(p.getKey(), Long.toString(p.getValue()));
        }
        return Request.newBuilder().setFaultArm(arm);
    }

    /** The request for a timeline command (which {@link #problems} found sendable). */
    public static Request.Builder command(PumpCommand c, AlarmSettings alarms) {
        Request.Builder r = Request.newBuilder();
        if (c instanceof PumpCommand.Program p) {
            return r.setProgramPrescription(ProgramPrescription.newBuilder()
                    .setPrescription(prescription(p.prescription(), p.lowReservoirAlarmNl(), alarms)));
        }
        if (c instanceof PumpCommand.ProgramWithBridgeBolus p) {
            return r.setProgramPrescription(ProgramPrescription.newBuilder()
                    .setPrescription(prescription(p.prescription(), p.lowReservoirAlarmNl(), alarms))
                    .setBridgeVolumeNl(p.bridgeVolumeNl()));
        }
        if (c instanceof PumpCommand.BeginProgramming) {
            return r.setBeginProgramming(BeginProgramming.getDefaultInstance());
        }
        if (c instanceof PumpCommand.StartBolus b) {
            return r.setBolus(Bolus.newBuilder()
                    .setKind(
                            b.kind() == io.itddsim.sim.firmware.BolusKind.PRIMING
                                    ? BolusKind.BOLUS_KIND_PRIMING
                                    : BolusKind.BOLUS_KIND_SINGLE)
                    .setVolumeNl(b.volumeNl())
                    .setDurationUs(b.durationUs()));
        }
        if (c instanceof PumpCommand.PatientBolus) {
            return r.setPtmBolus(PtmBolus.getDefaultInstance());
        }
        if (c instanceof PumpCommand.Refill f) {
            return r.setRefill(Refill.newBuilder()
                    .setReservoirVolumeNl(f.addedNl())
                    .setDrug(Drug.newBuilder()
                            .setName(f.enteredDrug())
                            .setConcentrationUgPerMl(f.drugConcentrationUgPerMl()))
                    .setNextRefillDueUs(f.nextRefillDueUs()));
        }
        if (c instanceof PumpCommand.Interrogate) {
            return r.setInterrogate(Interrogate.getDefaultInstance());
        }
        if (c instanceof PumpCommand.AlarmTest) {
            return r.setAlarmTest(AlarmTest.getDefaultInstance());
        }
        if (c instanceof PumpCommand.AcknowledgeAlarms a) {
            AlarmAcknowledge.Builder ack = AlarmAcknowledge.newBuilder();
            for (AlarmType t : a.alarms()) {
                ack.addCodes(AlarmMapping.code(t));
            }
            return r.setAlarmAcknowledge(ack);
        }
        throw new IllegalArgumentException(c.name() + " cannot be sent over the wire");
    }

    /** The wire prescription, with the command's low-reservoir level (0 keeps the pump's). */
    private static io.itddsim.proto.v1.Prescription prescription(
            Prescription model, long lowReservoirNl, AlarmSettings alarms) {
        return PrescriptionMapping.toWire(model, alarms).toBuilder()
                .setLowReservoirAlarmNl(lowReservoirNl)
                .build();
    }
}
