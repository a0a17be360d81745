package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Writing quantities back as text")
class QuantityFormatTest {

    @Test
    @DisplayName("volumes are written in mL without trailing zeros")
    void volumesAreWrittenInMillilitres() {
        assertEquals("20 mL", QuantityFormat.volumeMl(20_000_000));
        assertEquals("0.4 mL", QuantityFormat.volumeMl(400_000));
        assertEquals("0.000001 mL", QuantityFormat.volumeMl(1));
        assertEquals("0 mL", QuantityFormat.volumeMl(0));
    }

    @Test
    @DisplayName("durations are written largest unit first, leaving out zero parts")
    void durationsAreWrittenLargestUnitFirst() {
        assertEquals("0s", QuantityFormat.duration(0));
        assertEquals("1h30m", QuantityFormat.duration(5_400_000_000L));
        assertEquals("1d12h30m", QuantityFormat.duration(131_400_000_000L));
        assertEquals("1ms500us", QuantityFormat.duration(1_500));
        assertEquals("2m5s", QuantityFormat.duration(125_000_000));
    }

    @Test
    @DisplayName("negative values are a programming error, not text to write")
    void negativeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuantityFormat.volumeMl(-1));
        assertThrows(IllegalArgumentException.class, () -> QuantityFormat.duration(-1));
    }
}
