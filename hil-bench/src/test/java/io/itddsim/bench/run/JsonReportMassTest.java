package io.itddsim.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Drug masses in the JSON report: exact micrograms, written as plain decimals a reader can parse. */
class JsonReportMassTest {
    @Property
    void massesArePlainExactMicrograms(@ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long picograms) {
        String written = JsonReport.micrograms(picograms).toString();
        assertFalse(written.contains("E"), written + " is in exponent notation");
        assertEquals(
                BigDecimal.valueOf(picograms),
                new BigDecimal(written).movePointRight(6).stripTrailingZeros().setScale(0));
    }

    @org.junit.jupiter.api.Test
    void wholeMilligramsAreWrittenWhole() {
        assertEquals("2000", JsonReport.micrograms(2_000_000_000L).toString());
        assertEquals("0.000001", JsonReport.micrograms(1).toString());
    }
}
