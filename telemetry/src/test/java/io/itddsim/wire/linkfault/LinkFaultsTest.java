package io.itddsim.wire.linkfault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkFaultsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final LinkFaults faults = new LinkFaults(42, clock::get);

    private Reply arm(String fault, Map<String, String> parameters) {
        return faults.arm(
                1,
                FaultArm.newBuilder()
                        .setFault(fault)
                        .putAllParameters(parameters)
                        .build());
    }

    @Test
    @DisplayName("arming sets the conditions of the transports and directions asked for, and the armed names")
    void armingSetsConditions() {
        assertTrue(arm(LinkFaults.BYTE_LOSS, Map.of("rate_ppm", "5000", "direction", "to_pump", "transport", "serial"))
                .hasAck());
        assertTrue(arm(LinkFaults.LATENCY, Map.of("latency_us", "20000", "jitter_us", "5000"))
                .hasAck());

        LinkConditions serial = faults.conditions(LinkTransport.SERIAL);
        LinkConditions tcp = faults.conditions(LinkTransport.TCP);
        assertEquals(5000, serial.toPump().byteLossPpm());
        assertEquals(0, serial.fromPump().byteLossPpm());
        assertEquals(0, tcp.toPump().byteLossPpm());
        assertEquals(20_000, tcp.fromPump().latencyUs());
        assertEquals(List.of(LinkFaults.BYTE_LOSS, LinkFaults.LATENCY), faults.armed());

        assertTrue(faults.clear(2, LinkFaults.BYTE_LOSS).hasAck());
        assertEquals(0, faults.conditions(LinkTransport.SERIAL).toPump().byteLossPpm());
        assertEquals(List.of(LinkFaults.LATENCY), faults.armed());
    }

    @Test
    @DisplayName("bad arms are refused by reason, naming what was wrong, and change nothing")
    void badArmsAreRefused() {
        assertEquals(
                NackReason.NACK_REASON_UNKNOWN_FAULT,
                arm("link.gremlins", Map.of()).getNack().getReason());
        assertEquals(
                NackReason.NACK_REASON_INVALID_ARGUMENT,
                arm(LinkFaults.BYTE_LOSS, Map.of()).getNack().getReason());
        assertEquals(
                NackReason.NACK_REASON_INVALID_ARGUMENT,
                arm(LinkFaults.BYTE_LOSS, Map.of("rate_ppm", "lots")).getNack().getReason());
        Reply outOfRange = arm(LinkFaults.BYTE_LOSS, Map.of("rate_ppm", "2000000"));
        assertEquals(NackReason.NACK_REASON_OUT_OF_RANGE, outOfRange.getNack().getReason());
        assertTrue(
                outOfRange.getNack().getMessage().contains("rate_ppm"),
                outOfRange.getNack().getMessage());
        Reply unknownParameter = arm(LinkFaults.LATENCY, Map.of("latency_us", "1", "colour", "red"));
        assertTrue(unknownParameter.getNack().getMessage().contains("colour"));
        assertEquals(
                NackReason.NACK_REASON_UNKNOWN_FAULT,
                faults.clear(3, "link.gremlins").getNack().getReason());

        assertEquals(List.of(), faults.armed());
        assertEquals(0, faults.conditions(LinkTransport.SERIAL).generation());
    }

    @Test
    @DisplayName("the same seed damages the same bytes; another seed others")
    void damageIsSeeded() {
        byte[] data = new byte[4096];
        arm(LinkFaults.BIT_ERRORS, Map.of("rate_ppm", "2000", "seed", "7"));
        byte[] first = damage(data);
        byte[] again = damage(data);
        arm(LinkFaults.BIT_ERRORS, Map.of("rate_ppm", "2000", "seed", "8"));
        byte[] other = damage(data);

        assertArrayEquals(first, again);
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(other));
        long flips = 0;
        for (byte b : first) {
            flips += Integer.bitCount(b & 0xFF);
        }
        // 32 768 bits at 0.2 %: about 66 flips
        assertTrue(flips > 30 && flips < 110, "flips " + flips);
    }

    private byte[] damage(byte[] data) {
        ImpairedDirection direction = new ImpairedDirection(LinkDirection.FROM_PUMP, faults.counters(), 0);
        LinkConditions c = faults.conditions(LinkTransport.SERIAL);
        return direction.damage(data, 0, data.length, direction.impairment(c));
    }

    @Test
    @DisplayName("a disconnect lasts its duration from when it was armed, or until cleared")
    void disconnectLasts() {
        arm(LinkFaults.DISCONNECT, Map.of("duration_us", "500000"));
        LinkConditions c = faults.conditions(LinkTransport.TCP);

        assertTrue(c.disconnectedAt(clock.get()));
        assertTrue(c.disconnectedAt(clock.get() + 499_000_000L));
        assertFalse(c.disconnectedAt(clock.get() + 500_000_000L));

        arm(LinkFaults.DISCONNECT, Map.of());
        assertTrue(faults.conditions(LinkTransport.SERIAL).disconnectedAt(clock.get() + 86_400_000_000_000L));
        faults.clear(4, LinkFaults.DISCONNECT);
        assertFalse(faults.conditions(LinkTransport.SERIAL).disconnectedAt(clock.get()));
    }

    @Test
    @DisplayName("latency and a rate limit delay bytes in order, never reordering them")
    void delaysKeepOrder() {
        arm(LinkFaults.LATENCY, Map.of("latency_us", "10000", "jitter_us", "50000"));
        arm(LinkFaults.RATE_LIMIT, Map.of("bytes_per_second", "1000"));
        ImpairedDirection direction = new ImpairedDirection(LinkDirection.FROM_PUMP, faults.counters(), 0);
        Impairment impairment = direction.impairment(faults.conditions(LinkTransport.TCP));

        long previous = Long.MIN_VALUE;
        for (int i = 0; i < 100; i++) {
            long now = clock.get() + i * 1_000_000L;
            long arrival = direction.arrivalNanos(now, 10, impairment);
            assertTrue(arrival >= now + 10_000_000L + 10_000_000L, "latency plus 10 bytes at 1000 B/s");
            assertTrue(arrival > previous, "in order");
            previous = arrival;
        }
    }
}
