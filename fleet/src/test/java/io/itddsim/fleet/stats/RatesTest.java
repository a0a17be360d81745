package io.itddsim.fleet.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void wilsonsIntervalOfTenInAHundredIsTheTextbooks() {
        Rates.Interval i = Rates.proportion(10, 100);
        assertEquals(0.10, i.value(), 1e-12);
        assertEquals(0.0552, i.lower(), 0.0001);
        assertEquals(0.1744, i.upper(), 0.0001);
    }

    @Test
    void byarsPoissonIntervalIsCloseToTheExactOne() {
        // exact 95% limits for 10 events: 4.795 and 18.390
        Rates.Interval i = Rates.poisson(10, 1.0);
        assertEquals(4.795, i.lower(), 0.02);
        assertEquals(18.390, i.upper(), 0.05);
        assertTrue(i.contains(10));
    }

    @Test
    void noEventsStillHaveAnUpperLimit() {
        Rates.Interval i = Rates.poisson(0, 100);
        assertEquals(0, i.lower());
        assertEquals(0.0369, i.upper(), 0.0005); // exact 3.689 events in 100
    }

    @Test
    void summaryQuantilesAreValuesThatOccurred() {
        Summary s = Summary.of(new double[] {5, 1, 4, 2, 3, 10, 6, 7, 8, 9});
        assertEquals(10, s.count());
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(5, s.median());
        assertEquals(9, s.p90());
        assertEquals(10, s.max());
    }
}
