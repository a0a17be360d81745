package io.itddsim.wire.tcp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.AlarmAcknowledge;
import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.AlarmTest;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.Drug;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.InterrogationReport;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.PtmBolus;
import io.itddsim.proto.v1.PtmLimits;
import io.itddsim.proto.v1.Refill;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The clinician's and patient's requests carried out by the model, with their alarms streamed. */
class ClinicalRequestsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private PumpServer server;
    private PumpClient bench;
    private final List<Envelope> streamed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), true), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
        bench = WireFixture.connect(server.tcpAddress(), WireFixture.BENCH, Role.ROLE_BENCH, "bench");
        bench.onStream(streamed::add);
        call(Request.newBuilder()
                .setSubscribe(Subscribe.newBuilder()
                        .addKinds(StreamKind.STREAM_KIND_ALARMS)
                        .addKinds(StreamKind.STREAM_KIND_LOG)));
    }

    @AfterEach
    void stop() {
        bench.close();
        server.close();
    }

    private Reply call(Request.Builder request) throws Exception {
        return bench.call(request).get(20, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("a refill to below the low-reservoir level raises the alarm, streamed as raised and sounded")
    void lowRefillRaisesAndStreamsTheAlarm() throws Exception {
        Reply refill = call(Request.newBuilder().setRefill(Refill.newBuilder().setReservoirVolumeNl(1_000_000)));
        call(Pumps.step(0, 10).toBuilder());

        assertTrue(refill.hasAck(), refill.toString());
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertTrue(hasAlarm(AlarmCode.ALARM_CODE_LOW_RESERVOIR, AlarmTransition.ALARM_TRANSITION_RAISED));
            assertTrue(hasAlarm(AlarmCode.ALARM_CODE_LOW_RESERVOIR, AlarmTransition.ALARM_TRANSITION_ANNUNCIATED));
            assertTrue(hasLog(EventCode.EVENT_CODE_REFILL));
        });

        InterrogationReport report = interrogate(0, 50);
        assertEquals(1_000_000, report.getReservoirEstimateNl());
        assertEquals(
                AlarmCode.ALARM_CODE_LOW_RESERVOIR, report.getActiveAlarms(0).getCode());
        assertEquals(
                1.0,
                server.metrics()
                        .registry()
                        .get("itdd.pump.alarms")
                        .tag("transition", "raised")
                        .counter()
                        .count());
    }

    @Test
    @DisplayName("acknowledging an alarm silences it and streams ACKNOWLEDGED; an unknown code is refused")
    void acknowledgeSilences() throws Exception {
        call(Request.newBuilder().setRefill(Refill.newBuilder().setReservoirVolumeNl(1_000_000)));
        call(Pumps.step(0, 10).toBuilder());

        Reply ack = call(Request.newBuilder()
                .setAlarmAcknowledge(AlarmAcknowledge.newBuilder().addCodes(AlarmCode.ALARM_CODE_LOW_RESERVOIR)));
        Reply unknown = call(Request.newBuilder()
                .setAlarmAcknowledge(AlarmAcknowledge.newBuilder().addCodesValue(999)));

        assertTrue(ack.hasAck(), ack.toString());
        assertEquals(NackReason.NACK_REASON_INVALID_ARGUMENT, unknown.getNack().getReason());
        await().atMost(PATIENCE)
                .until(() ->
                        hasAlarm(AlarmCode.ALARM_CODE_LOW_RESERVOIR, AlarmTransition.ALARM_TRANSITION_ACKNOWLEDGED));
    }

    @Test
    @DisplayName("an alarm test sounds both patterns, streamed as TEST, and is logged")
    void alarmTest() throws Exception {
        Reply reply = call(Request.newBuilder().setAlarmTest(AlarmTest.getDefaultInstance()));

        assertTrue(reply.hasAck(), reply.toString());
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertEquals(
                    2,
                    streamed.stream()
                            .filter(e -> e.hasAlarmEvent()
                                    && e.getAlarmEvent().getTransition() == AlarmTransition.ALARM_TRANSITION_TEST)
                            .count());
            assertTrue(hasLog(EventCode.EVENT_CODE_ALARM_TEST));
        });
    }

    @Test
    @DisplayName("a patient bolus needs PTM limits in the prescription, then honours the lockout")
    void patientBolusWithinLimits() throws Exception {
        PumpClient patient = WireFixture.connect(server.tcpAddress(), WireFixture.PATIENT, Role.ROLE_PATIENT, "ptm");
        try {
            Reply refused = patient.call(Request.newBuilder().setPtmBolus(PtmBolus.getDefaultInstance()))
                    .get(20, TimeUnit.SECONDS);
            Request.Builder program = Pumps.programContinuous(0, Pumps.RATE_NL_PER_DAY).toBuilder();
            program.getProgramPrescriptionBuilder()
                    .getPrescriptionBuilder()
                    .setPtmLimits(PtmLimits.newBuilder()
                            .setBolusVolumeNl(10_000)
                            .setBolusDurationUs(600_000_000L)
                            .setLockoutUs(3_600_000_000L)
                            .setMaxBolusesPerDay(4));
            Reply programmed = call(program);
            Reply first = patient.call(Request.newBuilder().setPtmBolus(PtmBolus.getDefaultInstance()))
                    .get(20, TimeUnit.SECONDS);
            call(Pumps.step(0, 700_000).toBuilder());
            Reply second = patient.call(Request.newBuilder().setPtmBolus(PtmBolus.getDefaultInstance()))
                    .get(20, TimeUnit.SECONDS);

            assertEquals(NackReason.NACK_REASON_PUMP_STATE, refused.getNack().getReason(), refused.toString());
            assertTrue(programmed.hasAck(), programmed.toString());
            assertTrue(first.hasAck(), first.toString());
            assertEquals(NackReason.NACK_REASON_LOCKOUT, second.getNack().getReason(), second.toString());
            // refused presses never reach therapy: they are counted in one COMMAND_REJECTED record
            await().atMost(PATIENCE)
                    .until(() -> hasLog(EventCode.EVENT_CODE_PTM_BOLUS_STARTED)
                            && hasLog(EventCode.EVENT_CODE_COMMAND_REJECTED));
            assertEquals(
                    10_000, interrogate(0, 0).getPrescription().getPtmLimits().getBolusVolumeNl());
        } finally {
            patient.close();
        }
    }

    @Test
    @DisplayName(
            "the low-reservoir level travels with the prescription and is refused, with nothing applied, when out of range")
    void lowReservoirLevelWithThePrescription() throws Exception {
        Request.Builder good = Pumps.programContinuous(0, Pumps.RATE_NL_PER_DAY).toBuilder();
        good.getProgramPrescriptionBuilder().getPrescriptionBuilder().setLowReservoirAlarmNl(3_000_000);
        Request.Builder bad = Pumps.programContinuous(0, Pumps.RATE_NL_PER_DAY * 2).toBuilder();
        bad.getProgramPrescriptionBuilder().getPrescriptionBuilder().setLowReservoirAlarmNl(30_000_000);

        Reply accepted = call(good);
        Reply refused = call(bad);

        assertTrue(accepted.hasAck(), accepted.toString());
        assertEquals(NackReason.NACK_REASON_OUT_OF_RANGE, refused.getNack().getReason(), refused.toString());
        InterrogationReport report = interrogate(0, 0);
        assertEquals(3_000_000, report.getPrescription().getLowReservoirAlarmNl());
        assertEquals(Pumps.RATE_NL_PER_DAY, report.getPrescription().getRateNlPerDay());
    }

    @Test
    @DisplayName(
            "the event log pages by index, each page from the pump's memory, and refilling another drug is refused")
    void logPagesAndDrugMismatch() throws Exception {
        Reply wrongDrug = call(Request.newBuilder()
                .setRefill(Refill.newBuilder()
                        .setReservoirVolumeNl(10_000_000)
                        .setDrug(Drug.newBuilder().setName("baclofen"))));
        for (int i = 0; i < 3; i++) {
            call(Pumps.bolus(0, 1_000, 60_000_000L).toBuilder());
            call(Pumps.step(0, 61_000).toBuilder());
        }

        InterrogationReport first = interrogate(0, 4);
        InterrogationReport second = interrogate(4, 100);

        assertEquals(
                NackReason.NACK_REASON_INVALID_ARGUMENT, wrongDrug.getNack().getReason());
        assertEquals(
                List.of(0L, 1L, 2L, 3L),
                first.getLogEntriesList().stream().map(EventLogEntry::getIndex).toList());
        assertEquals(4, second.getLogEntries(0).getIndex());
        assertFalse(second.getLogEntriesList().stream().anyMatch(EventLogEntry::getCorrupt));
        assertEquals(
                second.getLogNextIndex(),
                second.getLogEntries(second.getLogEntriesCount() - 1).getIndex() + 2,
                "an interrogation reads the log, then logs itself: its own entry is the one after the page");
    }

    private InterrogationReport interrogate(long from, int max) throws Exception {
        Reply reply = call(Request.newBuilder()
                .setInterrogate(Interrogate.newBuilder().setLogFromIndex(from).setLogMaxEntries(max)));
        assertTrue(reply.hasInterrogationReport(), reply.toString());
        return reply.getInterrogationReport();
    }

    private boolean hasAlarm(AlarmCode code, AlarmTransition transition) {
        return streamed.stream()
                .anyMatch(e -> e.hasAlarmEvent()
                        && e.getAlarmEvent().getCode() == code
                        && e.getAlarmEvent().getTransition() == transition);
    }

    private boolean hasLog(EventCode code) {
        return streamed.stream()
                .anyMatch(e -> e.hasLogEvent() && e.getLogEvent().getEntry().getCode() == code);
    }
}
