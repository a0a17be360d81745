package io.itddsim.wire.tcp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.FaultClear;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.Step;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.fault.FaultRecord;
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

/** A bench injects model faults over TCP and sees the pump's own detection arrive as alarm frames. */
class ModelFaultTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long TEN_MINUTES_OF_TICKS = 600_000;

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
        call(Request.newBuilder().setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_ALARMS)));
    }

    @AfterEach
    void stop() {
        bench.close();
        server.close();
    }

    private Reply call(Request.Builder request) throws Exception {
        return bench.call(request).get(20, TimeUnit.SECONDS);
    }

    private static Request.Builder arm(String fault, String... keyValues) {
        FaultArm.Builder b = FaultArm.newBuilder().setFault(fault);
        for (int i = 0; i < keyValues.length; i += 2) {
            b.putParameters(keyValues[i], keyValues[i + 1]);
        }
        return Request.newBuilder().setFaultArm(b);
    }

    @Test
    @DisplayName("a permanent stall armed over the wire raises the MOTOR_STALL alarm frame once the motor is driven")
    void stallArmedOverTheWireRaisesTheAlarm() throws Exception {
        Reply armed = call(arm("motor_stall_permanent", "name", "jam"));
        assertTrue(armed.hasAck(), armed.toString());
        Reply stepped = call(Request.newBuilder().setStep(Step.newBuilder().setTicks(TEN_MINUTES_OF_TICKS)));
        assertTrue(stepped.hasStepDone(), stepped.toString());
        await().atMost(PATIENCE)
                .until(() -> streamed.stream()
                        .anyMatch(e -> e.hasAlarmEvent()
                                && e.getAlarmEvent().getCode() == AlarmCode.ALARM_CODE_MOTOR_STALL
                                && e.getAlarmEvent().getTransition() == AlarmTransition.ALARM_TRANSITION_RAISED));
        List<FaultRecord> records =
                server.host().read(s -> List.copyOf(s.faultRecords())).get();
        assertEquals("jam", records.get(0).name());
        assertTrue(records.get(0).detectedUs() >= records.get(0).activeFromUs(), records.toString());
        assertEquals(
                List.of("jam"),
                server.host().read(s -> List.copyOf(s.activeFaultNames())).get());

        Reply cleared =
                call(Request.newBuilder().setFaultClear(FaultClear.newBuilder().setFault("jam")));
        assertTrue(cleared.hasAck(), cleared.toString());
        assertEquals(
                List.of(),
                server.host().read(s -> List.copyOf(s.activeFaultNames())).get());
    }

    @Test
    @DisplayName(
            "an unknown fault, a malformed parameter and an unsupported one are refused with reasons, changing nothing")
    void badFaultsAreRefused() throws Exception {
        String before = server.host().read(s -> s.stateHash()).get();
        Reply unknown = call(arm("gremlins"));
        Reply malformed = call(arm("motor_stall_permanent", "for_us", "soon"));
        Reply unsupported = call(arm("motor_stall_permanent", "colour", "3"));
        assertEquals(NackReason.NACK_REASON_UNKNOWN_FAULT, unknown.getNack().getReason());
        assertEquals(
                NackReason.NACK_REASON_INVALID_ARGUMENT, malformed.getNack().getReason());
        assertTrue(
                unsupported.hasNack() && unsupported.getNack().getMessage().contains("colour"), unsupported.toString());
        assertEquals(
                List.of(),
                server.host().read(s -> List.copyOf(s.faultRecords())).get());
        assertEquals(before, server.host().read(s -> s.stateHash()).get(), "refused faults change nothing");
    }
}
