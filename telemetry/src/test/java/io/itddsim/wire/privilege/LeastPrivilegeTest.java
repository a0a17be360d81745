package io.itddsim.wire.privilege;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.InterrogationReport;
import io.itddsim.proto.v1.PtmBolus;
import io.itddsim.proto.v1.Refill;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.Step;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.status.PumpStatus;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the lowest roles can make the pump do (issue 10, findings F1, F3 and F4): nothing it would
 * not do for a passive listener. Each test is the reviewer's probe, run against a lockstep pump so
 * the outcome can be compared exactly with an undisturbed one.
 */
class LeastPrivilegeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long ONE_DAY_OF_TICKS = 86_400_000;

    private PumpServer server;
    private final List<PumpClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), true), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
    }

    @AfterEach
    void stop() {
        clients.forEach(PumpClient::close);
        server.close();
    }

    private PumpClient connect(Role role) throws Exception {
        PumpClient client = WireFixture.connect(
                server.tcpAddress(), role == Role.ROLE_BENCH ? WireFixture.BENCH : WireFixture.CLINIC, role, "c");
        clients.add(client);
        return client;
    }

    private static Reply reply(PumpClient client, Request.Builder request) throws Exception {
        return client.call(request).get(60, TimeUnit.SECONDS);
    }

    /** Sends {@code count} requests, a thousand in flight at a time, and waits for every reply. */
    private static void flood(PumpClient client, Request.Builder request, int count) throws Exception {
        for (int sent = 0; sent < count; ) {
            List<CompletableFuture<Reply>> batch = new ArrayList<>();
            for (int i = 0; i < 1_000 && sent < count; i++, sent++) {
                batch.add(client.call(request.clone()));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("F1: 62,000 refused requests from an observer and a patient cost the battery nothing")
    void refusedRequestsDrainNoBattery() throws Exception {
        PumpClient observer = connect(Role.ROLE_OBSERVER);
        PumpClient patient = connect(Role.ROLE_PATIENT);
        PumpClient bench = connect(Role.ROLE_BENCH);

        // before the fix each cost a 50 mC radio session: 62,000 x 50 mC = 3,100 C, more than the 3,050 C cell
        flood(observer, Pumps.bolus(0, 40_000, 1_800_000_000L).toBuilder(), 31_000);
        flood(patient, Request.newBuilder().setPtmBolus(PtmBolus.getDefaultInstance()), 31_000);
        // past the next battery check, which found end of service before the fix
        reply(bench, Request.newBuilder().setStep(Step.newBuilder().setTicks(ONE_DAY_OF_TICKS)));

        PumpStatus flooded = server.host().read(PumpSimulator::status).get();
        PumpSimulator undisturbed = PumpSimulator.create(server.host().config().plan());
        undisturbed.step(ONE_DAY_OF_TICKS);
        assertEquals(
                undisturbed.status().truth().batteryConsumedNc(),
                flooded.truth().batteryConsumedNc());
        assertEquals(io.itddsim.sim.status.BatteryIndicator.OK, flooded.belief().battery(), flooded.toString());
        assertEquals(
                undisturbed.status().belief().commandedNl(), flooded.belief().commandedNl());
    }

    @Test
    @DisplayName(
            "F3: an observer's or a patient's interrogation leaves a sounding stall alarm sounding and logs nothing")
    void passiveReadsLeaveAlarmsAlone() throws Exception {
        PumpClient bench = connect(Role.ROLE_BENCH);
        PumpClient observer = connect(Role.ROLE_OBSERVER);
        PumpClient patient = connect(Role.ROLE_PATIENT);
        PumpClient clinician = connect(Role.ROLE_CLINICIAN);
        assertTrue(reply(
                        bench,
                        Request.newBuilder().setFaultArm(FaultArm.newBuilder().setFault("motor_stall_permanent")))
                .hasAck());
        reply(bench, Request.newBuilder().setStep(Step.newBuilder().setTicks(600_000)));
        long eventsBefore = server.host().read(s -> s.events().size()).get();

        InterrogationReport byObserver =
                reply(observer, Pumps.interrogate(0).toBuilder()).getInterrogationReport();
        InterrogationReport byPatient =
                reply(patient, Pumps.interrogate(0).toBuilder()).getInterrogationReport();

        assertEquals(
                AlarmCode.ALARM_CODE_MOTOR_STALL, byObserver.getActiveAlarms(0).getCode());
        assertFalse(byObserver.getActiveAlarms(0).getAcknowledged());
        assertFalse(byPatient.getActiveAlarms(0).getAcknowledged());
        assertEquals(
                eventsBefore, (long) server.host().read(s -> s.events().size()).get(), "nothing logged");
        assertFalse(stallAcknowledged(), "the stall still sounds");

        // a clinician's interrogation is a programmer's: it acknowledges, as before
        reply(clinician, Pumps.interrogate(0).toBuilder());
        assertTrue(stallAcknowledged());
    }

    private boolean stallAcknowledged() throws Exception {
        return server.host()
                .read(s -> s.firmware().alarms().active().stream()
                        .anyMatch(a -> a.state() == io.itddsim.sim.alarm.AlarmState.ACKNOWLEDGED))
                .get();
    }

    @Test
    @DisplayName("F4: 1,100 refused requests take one log record with their count; the clinical records stay")
    void refusalsCannotEvictClinicalRecords() throws Exception {
        PumpClient bench = connect(Role.ROLE_BENCH);
        PumpClient clinician = connect(Role.ROLE_CLINICIAN);
        PumpClient observer = connect(Role.ROLE_OBSERVER);
        assertTrue(reply(clinician, Pumps.programContinuous(0, Pumps.RATE_NL_PER_DAY).toBuilder())
                .hasAck());
        assertTrue(reply(
                        clinician,
                        Request.newBuilder()
                                .setRefill(Refill.newBuilder()
                                        .setReservoirVolumeNl(20_000_000)
                                        .setDrug(io.itddsim.proto.v1.Drug.newBuilder()
                                                .setName("morphine")
                                                .setConcentrationUgPerMl(Pumps.MORPHINE_UG_PER_ML))))
                .hasAck());
        reply(bench, Request.newBuilder().setFaultArm(FaultArm.newBuilder().setFault("motor_stall_permanent")));
        reply(bench, Request.newBuilder().setStep(Step.newBuilder().setTicks(600_000)));

        flood(observer, Pumps.bolus(0, 40_000, 1_800_000_000L).toBuilder(), 1_100);
        List<EventLogEntry> log = wholeLog(clinician);

        assertTrue(has(log, EventCode.EVENT_CODE_PRESCRIPTION_PROGRAMMED), log.toString());
        assertTrue(has(log, EventCode.EVENT_CODE_REFILL), log.toString());
        assertTrue(has(log, EventCode.EVENT_CODE_MOTOR_STALL), log.toString());
        List<EventLogEntry> refusals = log.stream()
                .filter(e -> e.getCode() == EventCode.EVENT_CODE_COMMAND_REJECTED)
                .toList();
        assertEquals(1, refusals.size(), refusals.toString());
        assertEquals(1_100, refusals.get(0).getValue());
    }

    private static boolean has(List<EventLogEntry> log, EventCode code) {
        return log.stream().anyMatch(e -> e.getCode() == code);
    }

    /** Every entry of the pump's log, paged; the interrogation's own entry is not waited for. */
    private static List<EventLogEntry> wholeLog(PumpClient clinician) throws Exception {
        List<EventLogEntry> log = new ArrayList<>();
        long from = 0;
        while (true) {
            InterrogationReport page = reply(
                            clinician,
                            Request.newBuilder()
                                    .setInterrogate(Interrogate.newBuilder()
                                            .setLogFromIndex(from)
                                            .setLogMaxEntries(256)))
                    .getInterrogationReport();
            log.addAll(page.getLogEntriesList());
            if (page.getLogEntriesCount() == 0) {
                return log;
            }
            from = page.getLogEntries(page.getLogEntriesCount() - 1).getIndex() + 1;
        }
    }
}
