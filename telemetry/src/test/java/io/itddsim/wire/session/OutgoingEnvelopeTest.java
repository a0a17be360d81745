package io.itddsim.wire.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.proto.v1.BatteryState;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.MotorState;
import io.itddsim.proto.v1.PatientSample;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.wire.frame.EncodedEnvelope;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pump composes each connection's envelope from bytes serialized once; a client checks the
 * MAC over the envelope as protobuf writes it. These must be the same bytes, or every client's
 * check fails.
 */
class OutgoingEnvelopeTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] NONCE_A = new byte[32];
    private static final byte[] NONCE_B = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            NONCE_A[i] = 0x11;
            NONCE_B[i] = 0x22;
        }
    }

    private static FrameAuthenticator pumpSide() {
        return SessionKeys.derive(KEY, NONCE_A, NONCE_B).forPump();
    }

    /** What the envelope would be had it been built whole and sealed as a message. */
    private static byte[] asProtobufWritesIt(Envelope unstamped, long seq, long conflated, boolean sealed) {
        Envelope.Builder whole = unstamped.toBuilder().setSeq(seq);
        if (whole.hasStatusSample()) {
            whole.getStatusSampleBuilder().setSamplesConflated(conflated);
        }
        Envelope stamped = whole.build();
        return (sealed ? pumpSide().seal(stamped) : stamped).toByteArray();
    }

    @Property(tries = 400)
    @Label("a status sample composed for a connection is byte for byte the sealed envelope protobuf writes")
    void statusSamplesComposeToTheProtobufBytes(
            @ForAll @LongRange(min = 1) long seq,
            @ForAll @LongRange(min = 0) long conflated,
            @ForAll @LongRange(min = 0) long simTimeUs,
            @ForAll @LongRange(min = 0) long wallTimeUs,
            @ForAll @LongRange(min = 0) long volumeNl,
            @ForAll @Size(max = 4) List<@StringLength(max = 30) String> faults,
            @ForAll boolean alarms,
            @ForAll boolean patient,
            @ForAll boolean sealed) {
        StatusSample.Builder sample = StatusSample.newBuilder()
                .setProgrammedNl(volumeNl)
                .setCommandedNl(volumeNl / 2)
                .setIntrathecalNl(volumeNl / 3)
                .setMotorStrokes(volumeNl / 250)
                .setMotorState(MotorState.MOTOR_STATE_IDLE)
                .setReservoirEstimateNl(volumeNl / 5)
                .setBatteryMv((int) (volumeNl % 4000))
                .setBatteryState(BatteryState.BATTERY_STATE_OK)
                .addAllActiveFaults(faults)
                .setElsewhereNl(volumeNl % 1000)
                .setReservoirActualNl(volumeNl / 7);
        if (alarms) {
            sample.addActiveAlarms(AlarmCode.ALARM_CODE_MOTOR_STALL)
                    .addActiveAlarms(AlarmCode.ALARM_CODE_LOW_RESERVOIR);
        }
        if (patient) {
            sample.setPatient(PatientSample.newBuilder()
                    .setAsOfUs(simTimeUs)
                    .setDrug("morphine")
                    .setWeightG(70_000));
        }
        Envelope unstamped = Envelope.newBuilder()
                .setSimTimeUs(simTimeUs)
                .setWallTimeUnixUs(wallTimeUs)
                .setStatusSample(sample)
                .build();

        EncodedEnvelope composed = OutgoingEnvelope.of(unstamped).encode(seq, conflated, sealed ? pumpSide() : null);

        assertArrayEquals(asProtobufWritesIt(unstamped, seq, conflated, sealed), composed.bytes());
        assertEquals(Envelope.BodyCase.STATUS_SAMPLE, composed.body());
    }

    @Property(tries = 200)
    @Label("an alarm event or a reply composed for a connection is byte for byte the sealed envelope protobuf writes")
    void otherEnvelopesComposeToTheProtobufBytes(
            @ForAll @LongRange(min = 1) long seq,
            @ForAll @LongRange(min = 0) long simTimeUs,
            @ForAll @LongRange(min = 1) long requestId,
            @ForAll boolean reply) {
        Envelope.Builder unstamped = Envelope.newBuilder().setSimTimeUs(simTimeUs);
        if (reply) {
            unstamped.setReply(Reply.newBuilder().setRequestId(requestId));
        } else {
            unstamped.setAlarmEvent(AlarmEvent.newBuilder()
                    .setCode(AlarmCode.ALARM_CODE_MOTOR_STALL)
                    .setTransition(AlarmTransition.ALARM_TRANSITION_RAISED)
                    .setRaisedAtUs(simTimeUs));
        }

        EncodedEnvelope composed = OutgoingEnvelope.of(unstamped.build()).encode(seq, pumpSide());

        assertArrayEquals(asProtobufWritesIt(unstamped.build(), seq, 0, true), composed.bytes());
    }

    @Test
    @DisplayName("a composed, sealed envelope passes the client's check, and one changed byte fails it")
    void composedEnvelopesPassTheClientsCheck() {
        SessionKeys keys = SessionKeys.derive(KEY, NONCE_A, NONCE_B);
        Envelope unstamped = Envelope.newBuilder()
                .setSimTimeUs(100_000)
                .setStatusSample(StatusSample.newBuilder().setProgrammedNl(5).setElsewhereNl(3))
                .build();
        byte[] bytes =
                OutgoingEnvelope.of(unstamped).encode(1, 7, keys.forPump()).bytes();
        byte[] tampered = bytes.clone();
        tampered[4] ^= 1;

        FrameAuthenticator client = keys.forClient();
        assertEquals(FrameAuthenticator.Verdict.ACCEPTED, client.check(parse(bytes)));
        assertEquals(7, parse(bytes).getStatusSample().getSamplesConflated());
        assertEquals(FrameAuthenticator.Verdict.BAD_MAC, keys.forClient().check(parse(tampered)));
    }

    @Test
    @DisplayName(
            "an envelope from a newer schema, with a field after the MAC, is checked over the bytes its sender sealed")
    void fieldsAfterTheMacAreCheckedToo() throws Exception {
        SessionKeys keys = SessionKeys.derive(KEY, NONCE_A, NONCE_B);
        byte[] known = Envelope.newBuilder()
                .setSeq(1)
                .setReply(Reply.newBuilder().setRequestId(9))
                .build()
                .toByteArray();
        byte[] newerField = {(byte) 0xc0, (byte) 0xbb, 0x01, 0x2a}; // field 3000, varint 42
        byte[] unsealed = concat(known, newerField);
        byte[] tag = FrameAuthenticator.tag(keys.toPump(), unsealed);
        // fields in number order, as the newer sender writes them: the MAC (2047) before field 3000
        byte[] frame = concat(concat(known, new byte[] {(byte) 0xfa, 0x7f, 0x10}), concat(tag, newerField));

        assertEquals(FrameAuthenticator.Verdict.ACCEPTED, keys.forPump().check(parse(frame)));
        frame[frame.length - 1] = 0x2b;
        assertEquals(FrameAuthenticator.Verdict.BAD_MAC, keys.forPump().check(parse(frame)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    @DisplayName("an envelope that already carries a seq, a MAC or a conflation count is refused")
    void perConnectionFieldsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> OutgoingEnvelope.of(Envelope.newBuilder().setSeq(3).build()));
        assertThrows(
                IllegalArgumentException.class,
                () -> OutgoingEnvelope.of(Envelope.newBuilder()
                        .setStatusSample(StatusSample.newBuilder().setSamplesConflated(2))
                        .build()));
    }

    private static Envelope parse(byte[] bytes) {
        try {
            return Envelope.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
