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
        assertEquals(12_000, SignalUnit.CONCENTRATION.parse("12 ng/mL"));
        assertEquals(200_000, SignalUnit.CONCENTRATION.parse("0.2 ug/mL"));
        assertEquals(200_000, SignalUnit.CONCENTRATION.parse("0.2 mcg/mL"));
        assertEquals(500, SignalUnit.CONCENTRATION.parse("500 pg/mL"));
        assertEquals(600_000, SignalUnit.SHARE.parse("60%"));
        assertEquals(600_000, SignalUnit.SHARE.parse("600000 ppm"));
        assertEquals(2, SignalUnit.GRADE.parse("2"));
    }

    @Test
    @DisplayName("and are written back as a scenario would write them")
    void writes() {
        assertEquals("27.5 mL", SignalUnit.VOLUME.format(27_500_000));
        assertEquals("3.1 V", SignalUnit.VOLTAGE.format(3_100));
        assertEquals("0.15 C", SignalUnit.CHARGE.format(150_000_000));
        assertEquals("STALLED", Signal.MOTOR.format(2));
        assertEquals("1234.567 ng/mL", SignalUnit.CONCENTRATION.format(1_234_567));
        assertEquals("86.3809%", SignalUnit.SHARE.format(863_809));
        assertEquals("grade 3 (respiratory depression, stupor to coma)", Signal.OPIOID_OVERDOSE.format(3));
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
