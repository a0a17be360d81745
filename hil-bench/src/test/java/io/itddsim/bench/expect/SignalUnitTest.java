package io.itddsim.bench.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bounds are written in people's units and come back the same way in evidence. */
class SignalUnitTest {
    @Test
    @DisplayName("volumes, masses, voltages and charges read into the status's integer units, exactly")
    void reads() {
        assertEquals(27_500_000, SignalUnit.VOLUME.parse("27.5 mL"));
        assertEquals(2_000_000_000L, SignalUnit.MASS.parse("2 mg"));
        assertEquals(3_100, SignalUnit.VOLTAGE.parse("3.1 V"));
        assertEquals(3_100, SignalUnit.VOLTAGE.parse("3100 mV"));
        assertEquals(150_000_000, SignalUnit.CHARGE.parse("150 mC"));
        assertEquals(20_000, SignalUnit.CHARGE.parse("20 \u00b5C"));
        assertEquals(120, SignalUnit.COUNT.parse("120"));
    }

    @Test
    @DisplayName("and are written back as a scenario would write them")
    void writes() {
        assertEquals("27.5 mL", SignalUnit.VOLUME.format(27_500_000));
        assertEquals("3.1 V", SignalUnit.VOLTAGE.format(3_100));
        assertEquals("0.15 C", SignalUnit.CHARGE.format(150_000_000));
        assertEquals("STALLED", Signal.MOTOR.format(2));
    }

    @Test
    @DisplayName("a bound finer than the unit, or in another unit, says what was expected")
    void refuses() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SignalUnit.VOLTAGE.parse("3.1005 V"))
                .getMessage()
                .contains("finer than the signal's resolution"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SignalUnit.VOLTAGE.parse("3 A"))
                .getMessage()
                .contains("unknown unit \"A\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SignalUnit.VOLTAGE.parse("3"))
                .getMessage()
                .contains("expected a number and a unit (V, mV)"));
    }
}
