package io.itddsim.wire;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.BatteryState;
import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.BolusKind;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Heartbeat;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.MotorState;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.RunState;
import io.itddsim.proto.v1.StatusSample;
import java.util.List;

/** Envelopes of the kinds and sizes the wire carries, for codec tests. */
public final class SampleEnvelopes {

    private SampleEnvelopes() {}

    public static Envelope heartbeat(long seq) {
        return Envelope.newBuilder()
                .setSeq(seq)
                .setSimTimeUs(seq * 1_000_000L)
                .setHeartbeat(Heartbeat.newBuilder().setRunState(RunState.RUN_STATE_RUNNING))
                .build();
    }

    public static Envelope bolusRequest(long seq) {
        return Envelope.newBuilder()
                .setSeq(seq)
                .setSimTimeUs(3_600_000_000L)
                .setRequest(Request.newBuilder()
                        .setRequestId(42)
                        .setBolus(Bolus.newBuilder()
                                .setKind(BolusKind.BOLUS_KIND_SINGLE)
                                .setVolumeNl(50_000)
                                .setDurationUs(600_000_000L)))
                .build();
    }

    /** A hello whose nonce holds zero bytes, so COBS has something to stuff. */
    public static Envelope helloWithZeros(long seq) {
        return Envelope.newBuilder()
                .setSeq(seq)
                .setHello(Hello.newBuilder()
                        .setProtocolVersion(1)
                        .setRequestedRole(Role.ROLE_CLINICIAN)
                        .setKeyId("clinic-a")
                        .setClientNonce(ByteString.copyFrom(new byte[32])))
                .build();
    }

    /** A status sample with every field set to its largest plausible value. */
    public static Envelope fullStatusSample(long seq) {
        return Envelope.newBuilder()
                .setSeq(seq)
                .setSimTimeUs(Long.MAX_VALUE)
                .setWallTimeUnixUs(Long.MAX_VALUE)
                .setStatusSample(StatusSample.newBuilder()
                        .setProgrammedNl(Long.MAX_VALUE)
                        .setCommandedNl(Long.MAX_VALUE)
                        .setIntrathecalNl(Long.MAX_VALUE)
                        .setMotorStrokes(Long.MAX_VALUE)
                        .setMotorState(MotorState.MOTOR_STATE_STALLED)
                        .setReservoirEstimateNl(40_000_000L)
                        .setBatteryMv(4_000)
                        .setBatteryState(BatteryState.BATTERY_STATE_ERI)
                        .addAllActiveAlarms(List.of(
                                AlarmCode.ALARM_CODE_MOTOR_STALL,
                                AlarmCode.ALARM_CODE_LOW_BATTERY_RESET,
                                AlarmCode.ALARM_CODE_END_OF_SERVICE,
                                AlarmCode.ALARM_CODE_EMPTY_RESERVOIR,
                                AlarmCode.ALARM_CODE_MEMORY_ERROR,
                                AlarmCode.ALARM_CODE_LOW_RESERVOIR,
                                AlarmCode.ALARM_CODE_ELECTIVE_REPLACEMENT,
                                AlarmCode.ALARM_CODE_ALARM_CLOCK))
                        .addActiveFaults("motor_stall_intermittent")
                        .addActiveFaults("catheter_occlusion")
                        .addActiveFaults("battery_resistive_film")
                        .setSamplesConflated(Long.MAX_VALUE))
                .build();
    }

    public static List<Envelope> mixed() {
        return List.of(heartbeat(1), bolusRequest(2), helloWithZeros(3), fullStatusSample(4));
    }
}
