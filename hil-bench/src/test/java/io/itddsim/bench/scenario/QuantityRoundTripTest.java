package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Formatting a base-unit integer and parsing it back gives the same integer, over the whole range
 * of a long: the parser neither rounds nor overflows anything it could have been given.
 */
class QuantityRoundTripTest {

    @Property
    @Label("a whole number of nanolitres written as decimal mL parses back to itself")
    void volumesRoundTripThroughDecimalMillilitres(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long volumeNl) {
        String text = QuantityFormat.volumeMl(volumeNl);
        assertEquals(volumeNl, Quantities.volumeNl(text), text);
    }

    @Property
    @Label("a whole number of nanolitres written as decimal uL parses back to itself")
    void volumesRoundTripThroughDecimalMicrolitres(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long volumeNl) {
        String text = BigDecimal.valueOf(volumeNl, 3).toPlainString() + " uL";
        assertEquals(volumeNl, Quantities.volumeNl(text), text);
    }

    @Property
    @Label("a whole number of microseconds written as a compound duration parses back to itself")
    void durationsRoundTripThroughCompoundForm(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long durationUs) {
        String text = QuantityFormat.duration(durationUs);
        assertEquals(durationUs, Quantities.durationUs(text), text);
    }

    @Property
    @Label("a whole number of microseconds written as decimal seconds parses back to itself")
    void durationsRoundTripThroughDecimalSeconds(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long durationUs) {
        String text = BigDecimal.valueOf(durationUs, 6).toPlainString() + "s";
        assertEquals(durationUs, Quantities.durationUs(text), text);
    }
}
