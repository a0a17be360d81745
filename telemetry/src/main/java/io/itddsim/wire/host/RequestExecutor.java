package io.itddsim.wire.host;

import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Pace;
import io.itddsim.proto.v1.PaceMode;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.wire.host.state.JournalRecord;
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
 * checked by the session before the request got here. Every input applied to the model is
 * reported to the {@link InputLog}, which sends its reply (once it is durable, when the pump keeps
 * its state); a reply that changed nothing goes out at once.
 */
final class RequestExecutor {

    private final PumpSimulator sim;
    private final TimeControl time;
    private final LinkFaultSwitch linkFaults;
    private final RefusalTally refusals;
    private final InputLog inputs;

    RequestExecutor(
            PumpSimulator sim, TimeControl time, LinkFaultSwitch linkFaults, RefusalTally refusals, InputLog inputs) {
        this.sim = sim;
        this.time = time;
        this.linkFaults = linkFaults;
        this.refusals = refusals;
        this.inputs = inputs;
    }

    /** A passive interrogation: the report as it stands, nothing in the pump changed. */
    void read(Request request, Consumer<Reply> replyTo) {
        replyTo.accept(report(request, sim.passiveReport()));
    }

    void execute(Request request, Consumer<Reply> replyTo) {
        execute(request, RequestOrigin.LOCAL, replyTo);
    }

    /** Carries out {@code request}, sent by {@code origin}. */
    void execute(Request request, RequestOrigin origin, Consumer<Reply> replyTo) {
        long id = request.getRequestId();
        Applied applied = new Applied(request, origin, replyTo);
        try {
            switch (request.getCommandCase()) {
                case INTERROGATE -> interrogate(request, applied);
                case PROGRAM_PRESCRIPTION -> apply(CommandMapping.program(request.getProgramPrescription()), applied);
                case BEGIN_PROGRAMMING -> apply(new PumpCommand.BeginProgramming(), applied);
                case BOLUS -> apply(CommandMapping.bolus(request.getBolus()), applied);
                case REFILL ->
                    apply(
                            CommandMapping.refill(
                                    request.getRefill(), sim.firmware().prescription()),
                            applied);
                case PTM_BOLUS -> patientBolus(applied);
                case ALARM_TEST -> apply(new PumpCommand.AlarmTest(), applied);
                case ALARM_ACKNOWLEDGE -> apply(CommandMapping.acknowledge(request.getAlarmAcknowledge()), applied);
                case FAULT_ARM -> faultArm(request, applied);
                case FAULT_CLEAR -> faultClear(request, applied);
                case STEP ->
                    time.step(id, request.getStep().getTicks(), reply -> {
                        if (reply.hasStepDone()) {
                            // the time a Step reached is part of the pump's state: journaled like an input
                            applied.send(JournalRecord.Kind.TIME, null, reply);
                        } else {
                            replyTo.accept(reply);
                        }
                    });
                case PACE -> replyTo.accept(time.pace(id, pace(request.getPace())));
                case PAUSE -> replyTo.accept(time.pause(id));
                case RESUME -> replyTo.accept(time.resume(id));
                case LOAD_SCENARIO ->
                    // the host starts the pump over itself, between turns (PumpHost)
                    replyTo.accept(Replies.nack(
                            id, NackReason.NACK_REASON_UNSUPPORTED, "load_scenario: handled by the pump host"));
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

    /** A request, its key and where its reply goes: what each applied input is reported with. */
    private final class Applied {
        private final Request request;
        private final RequestOrigin origin;
        private final Consumer<Reply> replyTo;

        Applied(Request request, RequestOrigin origin, Consumer<Reply> replyTo) {
            this.request = request;
            this.origin = origin;
            this.replyTo = replyTo;
        }

        long id() {
            return request.getRequestId();
        }

        void send(JournalRecord.Kind kind, Object input, Reply reply) {
            inputs.applied(kind, input, request, origin.keyId(), reply, replyTo);
        }

        void sendUnchanged(Reply reply) {
            replyTo.accept(reply);
        }
    }

    private void apply(PumpCommand command, Applied applied) {
        applied.send(JournalRecord.Kind.COMMAND, command, Replies.of(applied.id(), sim.applyNow(command)));
    }

    /**
     * A patient's bolus the firmware would refuse (lockout, daily maximum, no PTM in the
     * prescription) is refused here, before the model: however often the button is pressed, a
     * refusal costs no battery charge and no log record of its own (it joins the burst's). A
     * bench's goes to the model, as a scenario's does.
     */
    private void patientBolus(Applied applied) {
        CommandResult check = sim.checkPatientBolus();
        if (!check.accepted() && applied.origin.shielded()) {
            refusals.note("ptm_bolus", check.reason());
            applied.sendUnchanged(Replies.of(applied.id(), check));
            return;
        }
        apply(new PumpCommand.PatientBolus(), applied);
    }

    /** An interrogation is a model command too: it is logged and clears alarms whose cause is gone. */
    private void interrogate(Request request, Applied applied) {
        PumpCommand.Interrogate command = new PumpCommand.Interrogate();
        CommandResult result = sim.applyNow(command);
        Reply reply = result.accepted() ? report(request, result.report()) : Replies.of(request.getRequestId(), result);
        applied.send(JournalRecord.Kind.COMMAND, command, reply);
    }

    private Reply report(Request request, io.itddsim.sim.firmware.InterrogationReport report) {
        var log = sim.firmware().eventLog().events();
        return Reply.newBuilder()
                .setRequestId(request.getRequestId())
                .setInterrogationReport(InterrogationReports.of(
                        report, sim.firmware().alarms().settings(), log, log.size(), request.getInterrogate()))
                .build();
    }

    private void faultArm(Request request, Applied applied) {
        String fault = request.getFaultArm().getFault();
        if (linkFaults.handles(fault)) {
            applied.sendUnchanged(linkFaults.arm(request.getRequestId(), request.getFaultArm()));
            return;
        }
        if (!FaultMapping.inCatalogue(fault)) {
            applied.sendUnchanged(Replies.nack(
                    request.getRequestId(),
                    NackReason.NACK_REASON_UNKNOWN_FAULT,
                    "fault_arm.fault: unknown fault \"" + fault
                            + "\"; see docs/FAULTS.md for the catalogue, or link.* for link faults"));
            return;
        }
        FaultSpec spec = FaultMapping.spec(request.getFaultArm());
        applied.send(JournalRecord.Kind.FAULT_ARM, spec, Replies.of(request.getRequestId(), sim.armFault(spec)));
    }

    private void faultClear(Request request, Applied applied) {
        String fault = request.getFaultClear().getFault();
        if (linkFaults.handles(fault)) {
            applied.sendUnchanged(linkFaults.clear(request.getRequestId(), fault));
            return;
        }
        applied.send(JournalRecord.Kind.FAULT_CLEAR, fault, Replies.of(request.getRequestId(), sim.clearFault(fault)));
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
