package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Durations and times of day")
class DurationParsingTest {

    @ParameterizedTest(name = "\"{0}\" is {1} us")
    @DisplayName("every duration unit converts exactly to microseconds")
    @CsvSource(
            delimiter = '|',
            value = {
                "30d      | 2592000000000",
                "12h      | 43200000000",
                "45m      | 2700000000",
                "45min    | 2700000000",
                "90s      | 90000000",
                "500ms    | 500000",
                "250us    | 250",
                "250µs    | 250",
                "250μs    | 250",
                "0s       | 0",
                "30 d     | 2592000000000",
            })
    void everyUnitConvertsExactly(String text, long expectedUs) {
        assertEquals(expectedUs, Quantities.durationUs(text));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} us")
    @DisplayName("compound and fractional durations add up exactly")
    @CsvSource(
            delimiter = '|',
            value = {
                "1d12h30m        | 131400000000",
                "1d 12h 30m      | 131400000000",
                "1.5h            | 5400000000",
                "1h30m           | 5400000000",
                "2m0.5s          | 120500000",
                "1s1ms1us        | 1001001",
                "0.000001s       | 1",
            })
    void compoundAndFractionalDurationsAddUpExactly(String text, long expectedUs) {
        assertEquals(expectedUs, Quantities.durationUs(text));
    }

    @Test
    @DisplayName("the largest duration that fits in a long is accepted and one microsecond more is not")
    void theLimitIsLongMaxValueMicroseconds() {
        assertEquals(Long.MAX_VALUE, Quantities.durationUs(Long.MAX_VALUE + "us"));
        QuantityFormatException e =
                assertThrows(QuantityFormatException.class, () -> Quantities.durationUs("9223372036854775808us"));
        assertEquals(
                "expected a duration such as \"1d12h30m\", got \"9223372036854775808us\": "
                        + "it is too large (the limit is 9223372036854775807 us)",
                e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @DisplayName("malformed durations are rejected with the reason")
    @CsvSource(
            delimiter = '|',
            value = {
                "-1h          | it must not be negative",
                "''           | it is empty",
                "'   '        | it is empty",
                "30           | the unit after 30 is missing (d, h, m, min, s, ms, us, µs, μs)",
                "30 days      | unknown unit \"days\" (known: d, h, m, min, s, ms, us, µs, μs)",
                "30m1h        | units must go from largest to smallest, each at most once, as in 1d12h30m",
                "1h1h         | units must go from largest to smallest, each at most once, as in 1d12h30m",
                "1m30min      | units must go from largest to smallest, each at most once, as in 1d12h30m",
                "1h and 5m    | cannot read \"and 5m\"",
                "0.5us        | that is 0.5 us, not a whole number of us; values are not rounded",
            })
    void malformedDurationsAreRejectedWithTheReason(String text, String reason) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.durationUs(text));
        assertEquals(reason, e.reason());
        assertEquals(text, e.text());
    }

    @Test
    @DisplayName("text that is not a duration at all gets the expected form without further detail")
    void textThatIsNotADurationAtAllGetsTheExpectedForm() {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.durationUs("soon"));
        assertEquals("expected a duration such as \"1d12h30m\", got \"soon\"", e.getMessage());
    }

    @Test
    @DisplayName("a missing duration says it got nothing")
    void aMissingDurationSaysItGotNothing() {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.durationUs(null));
        assertEquals("expected a duration such as \"1d12h30m\", got nothing", e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} us after midnight")
    @DisplayName("times of day count microseconds from midnight")
    @CsvSource(
            delimiter = '|',
            value = {
                "00:00    | 0",
                "07:30    | 27000000000",
                "7:30     | 27000000000",
                "23:59:59 | 86399000000",
                "12:00:01 | 43201000000",
            })
    void timesOfDayCountFromMidnight(String text, long expectedUs) {
        assertEquals(expectedUs, Quantities.timeOfDayUs(text));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @DisplayName("impossible or malformed times of day are rejected")
    @CsvSource(
            delimiter = '|',
            value = {
                "24:00    | hours run 00-23, minutes and seconds 00-59",
                "07:60    | hours run 00-23, minutes and seconds 00-59",
                "07:30:60 | hours run 00-23, minutes and seconds 00-59",
                "7.30     | write hours:minutes on a 24-hour clock",
                "7:3      | write hours:minutes on a 24-hour clock",
                "7:30pm   | write hours:minutes on a 24-hour clock",
                "-07:30   | it must not be negative",
            })
    void impossibleTimesOfDayAreRejected(String text, String reason) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.timeOfDayUs(text));
        assertEquals(reason, e.reason());
    }
}
