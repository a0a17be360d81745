package io.itddsim.wire.host;

import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Pace;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.wire.mapping.CommandMapping;
import io.itddsim.wire.mapping.FaultMapping;
import io.itddsim.wire.mapping.InterrogationReports;
import io.itddsim.wire.mapping.Replies;
import io.itddsim.wire.mapping.WireRejection;
import java.util.function.Consumer;

/**
 * Carries out one request on the sim thread, at a tick boundary: model commands through {@link
 * PumpSimulator#applyNow} (so they enter the input log with their tick), time control through
 * {@link TimeControl}, link faults through {@link LinkFaultSwitch}. Roles and test mode were
 * checked by the session before the request got here.
 */
final class RequestExecutor {

    private final PumpSimulator sim;
    private final TimeControl time;
    private final LinkFaultSwitch linkFaults;
    private final RefusalTally refusals;

    RequestExecutor(PumpSimulator sim, TimeControl time, LinkFaultSwitch linkFaults, RefusalTally refusals) {
        this.sim = sim;
        this.time = time;
        this.linkFaults = linkFaults;
        this.refusals = refusals;
    }

    /** A passive interrogation: the report as it stands, nothing in the pump changed. */
    void read(Request request, Consumer<Reply> replyTo) {
        replyTo.accept(report(request, sim.passiveReport()));
    }

    void execute(Request request, Consumer<Reply> replyTo) {
        long id = request.getRequestId();
        try {
            switch (request.getCommandCase()) {
                case INTERROGATE -> replyTo.accept(interrogate(request));
                case PROGRAM_PRESCRIPTION ->
                    replyTo.accept(apply(id, CommandMapping.program(request.getProgramPrescription())));
                case BEGIN_PROGRAMMING -> replyTo.accept(apply(id, new PumpCommand.BeginProgramming()));
                case BOLUS -> replyTo.accept(apply(id, CommandMapping.bolus(request.getBolus())));
                case REFILL ->
                    replyTo.accept(apply(
                            id,
                            CommandMapping.refill(
                                    request.getRefill(), sim.firmware().prescription())));
                case PTM_BOLUS -> replyTo.accept(patientBolus(id));
                case ALARM_TEST -> replyTo.accept(apply(id, new PumpCommand.AlarmTest()));
                case ALARM_ACKNOWLEDGE ->
                    replyTo.accept(apply(id, CommandMapping.acknowledge(request.getAlarmAcknowledge())));
                case FAULT_ARM -> replyTo.accept(faultArm(request));
                case FAULT_CLEAR -> replyTo.accept(faultClear(request));
                case STEP -> time.step(id, request.getStep().getTicks(), replyTo);
                case PACE -> replyTo.accept(time.pace(id, pace(request.getPace())));
                case PAUSE -> replyTo.accept(time.pause(id));
                case RESUME -> replyTo.accept(time.resume(id));
                case SUBSCRIBE ->
                    // subscriptions belong to a session, which answers them itself
                    replyTo.accept(Replies.nack(
                            id, NackReason.NACK_REASON_UNSUPPORTED, "subscribe: only a session can subscribe"));
                case COMMAND_NOT_SET ->
                    replyTo.accept(Replies.nack(
                            id,
                            NackReason.NACK_REASON_UNSUPPORTED,
                            "request: no command this pump knows (an empty request, or one from a newer schema)"));
            }
        } catch (WireRejection e) {
            replyTo.accept(Replies.nack(id, e.reason(), e.getMessage()));
        }
    }

    private Reply apply(long id, PumpCommand command) {
        return Replies.of(id, sim.applyNow(command));
    }

    /**
     * A patient's bolus the firmware would refuse (lockout, daily maximum, no PTM in the
     * prescription) is refused here, before the model: however often the button is pressed, a
     * refusal costs no battery charge and no log record of its own (it joins the burst's).
     */
    private Reply patientBolus(long id) {
        CommandResult check = sim.checkPatientBolus();
        if (!check.accepted()) {
            refusals.note("ptm_bolus", check.reason());
            return Replies.of(id, check);
        }
        return apply(id, new PumpCommand.PatientBolus());
    }

    /** An interrogation is a model command too: it is logged and clears alarms whose cause is gone. */
    private Reply interrogate(Request request) {
        CommandResult result = sim.applyNow(new PumpCommand.Interrogate());
        if (!result.accepted()) {
            return Replies.of(request.getRequestId(), result);
        }
        return report(request, result.report());
    }

    private Reply report(Request request, io.itddsim.sim.firmware.InterrogationReport report) {
        var log = sim.firmware().eventLog().events();
        return Reply.newBuilder()
                .setRequestId(request.getRequestId())
                .setInterrogationReport(InterrogationReports.of(
                        report, sim.firmware().alarms().settings(), log, log.size(), request.getInterrogate()))
                .build();
    }

    private Reply faultArm(Request request) {
        String fault = request.getFaultArm().getFault();
        if (linkFaults.handles(fault)) {
            return linkFaults.arm(request.getRequestId(), request.getFaultArm());
        }
        if (!FaultMapping.inCatalogue(fault)) {
            return Replies.nack(
                    request.getRequestId(),
                    NackReason.NACK_REASON_UNKNOWN_FAULT,
                    "fault_arm.fault: unknown fault \"" + fault
                            + "\"; see docs/FAULTS.md for the catalogue, or link.* for link faults");
        }
        return Replies.of(request.getRequestId(), sim.armFault(FaultMapping.spec(request.getFaultArm())));
    }

    private Reply faultClear(Request request) {
        String fault = request.getFaultClear().getFault();
        if (linkFaults.handles(fault)) {
            return linkFaults.clear(request.getRequestId(), fault);
        }
        return Replies.of(request.getRequestId(), sim.clearFault(fault));
    }

    private static io.itddsim.wire.host.Pacing pace(Pace wire) {
        try {
            long factor = wire.getMode() == PaceMode.PACE_MODE_REAL_TIME
                    ? Integer.toUnsignedLong(wire.getFactorThousandths())
                    : 0;
            return new io.itddsim.wire.host.Pacing(wire.getMode(), factor);
        } catch (IllegalArgumentException e) {
            throw new WireRejection(NackReason.NACK_REASON_INVALID_ARGUMENT, "pace: " + e.getMessage());
        }
    }
}
