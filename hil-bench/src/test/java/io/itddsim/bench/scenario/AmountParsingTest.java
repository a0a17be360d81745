package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Volumes, masses, concentrations and rates")
class AmountParsingTest {

    @ParameterizedTest(name = "\"{0}\" is {1} nL")
    @DisplayName("volumes convert exactly to nanolitres")
    @CsvSource(
            delimiter = '|',
            value = {
                "20 mL     | 20000000",
                "0.5 mL    | 500000",
                "20mL      | 20000000",
                "20 ml     | 20000000",
                "250 uL    | 250000",
                "250 µL    | 250000",
                "250 μL    | 250000",
                "400 nL    | 400",
                "0.02 L    | 20000000",
                "0 mL      | 0",
                "0.000001 mL | 1",
            })
    void volumesConvertExactlyToNanolitres(String text, long expectedNl) {
        assertEquals(expectedNl, Quantities.volumeNl(text));
    }

    @Test
    @DisplayName("no-break spaces between number and unit are accepted")
    void noBreakSpacesAreAccepted() {
        assertEquals(20_000_000L, Quantities.volumeNl("20\u00a0mL"));
        assertEquals(20_000_000L, Quantities.volumeNl("20\u202fmL"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} ug")
    @DisplayName("drug masses convert exactly to micrograms")
    @CsvSource(
            delimiter = '|',
            value = {
                "2 mg    | 2000",
                "50 mcg  | 50",
                "50 ug   | 50",
                "50 µg   | 50",
                "0.5 mg  | 500",
                "1 g     | 1000000",
            })
    void drugMassesConvertExactlyToMicrograms(String text, long expectedUg) {
        assertEquals(expectedUg, Quantities.massUg(text));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} ug/mL")
    @DisplayName("concentrations convert exactly to micrograms per mL, percent meaning weight per volume")
    @CsvSource(
            delimiter = '|',
            value = {
                "25 mg/mL    | 25000",
                "500 mcg/mL  | 500",
                "500 ug/mL   | 500",
                "500 µg/mL   | 500",
                "500 μg/mL   | 500",
                "0.25 %      | 2500",
                "0.125%      | 1250",
                "1 %         | 10000",
                "2 mg/uL     | 2000000",
                "2 mg/L      | 2",
            })
    void concentrationsConvertExactly(String text, long expectedUgPerMl) {
        assertEquals(expectedUgPerMl, Quantities.concentrationUgPerMl(text));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} nL/day")
    @DisplayName("volume rates convert exactly to nanolitres per day")
    @CsvSource(
            delimiter = '|',
            value = {
                "0.5 mL/day  | 500000",
                "1 mL/d      | 1000000",
                "20 uL/h     | 480000",
                "20 uL/hr    | 480000",
                "1 uL/min    | 1440000",
                "0.048 mL/day | 48000",
            })
    void volumeRatesConvertExactly(String text, long expectedNlPerDay) {
        assertEquals(expectedNlPerDay, Quantities.volumeRateNlPerDay(text));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} ng/day")
    @DisplayName("dose rates convert exactly to nanograms per day, ziconotide's 2.4 mcg/day included")
    @CsvSource(
            delimiter = '|',
            value = {
                "5 mg/day     | 5000000",
                "300 mcg/day  | 300000",
                "0.2 mg/h     | 4800000",
                "2.4 mcg/day  | 2400",
            })
    void doseRatesConvertExactly(String text, long expectedNgPerDay) {
        assertEquals(expectedNgPerDay, Quantities.doseRateNgPerDay(text));
    }

    @Test
    @DisplayName("a bare number is never taken as a volume, because units are mandatory")
    void aBareNumberIsNotAVolume() {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.volumeNl("20"));
        assertEquals(
                "expected a volume such as \"20 mL\", got \"20\": the unit is missing; units are mandatory",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bare number is rejected for every kind of quantity")
    @EnumSource(QuantityKind.class)
    void aBareNumberIsRejectedForEveryKind(QuantityKind kind) {
        assertThrows(QuantityFormatException.class, () -> kind.parse("5"));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the example in every kind's error message is itself valid")
    @EnumSource(QuantityKind.class)
    void theExampleOfEveryKindParses(QuantityKind kind) {
        kind.parse(kind.example());
    }

    @Test
    @DisplayName("a word where a rate should be gets the expected form")
    void aWordWhereARateShouldBeGetsTheExpectedForm() {
        QuantityFormatException e =
                assertThrows(QuantityFormatException.class, () -> Quantities.volumeRateNlPerDay("fast"));
        assertEquals("expected a rate such as \"0.5 mL/day\", got \"fast\"", e.getMessage());
    }

    @ParameterizedTest(name = "{0} \"{1}\" is rejected: {2}")
    @DisplayName("malformed amounts are rejected with the reason")
    @CsvSource(
            delimiter = '|',
            value = {
                "VOLUME        | 20 mm         | unknown volume unit \"mm\" (known: L, mL, ml, uL, ul, µL, μL, nL, nl)",
                "VOLUME        | 20 ML         | unknown volume unit \"ML\" (known: L, mL, ml, uL, ul, µL, μL, nL, nl)",
                "VOLUME        | -1 mL         | it must not be negative",
                "VOLUME        | 0.0000001 mL  | that is 0.1 nL, not a whole number of nL; values are not rounded",
                "VOLUME        | 1e3 mL        | unknown volume unit \"e3 mL\" (known: L, mL, ml, uL, ul, µL, μL, nL, nl)",
                "VOLUME        | 99999999999 L | it is too large (the limit is 9223372036854775807 nL)",
                "MASS          | 2 mL          | unknown mass unit \"mL\" (known: g, mg, mcg, ug, µg, μg)",
                "MASS          | 0.5 mcg       | that is 0.5 ug, not a whole number of ug; values are not rounded",
                "CONCENTRATION | 25 mg         | unit \"mg\" is not a mass per volume such as mg/mL, or % (w/v)",
                "CONCENTRATION | 25 mg/mL/h    | unit \"mg/mL/h\" is not a mass per volume such as mg/mL, or % (w/v)",
                "CONCENTRATION | 25 mL/mg      | unknown mass unit \"mL\" (known: g, mg, mcg, ug, µg, μg)",
                "VOLUME_RATE   | 0.5 mL        | unit \"mL\" is not a volume per time such as mL/day",
                "VOLUME_RATE   | 0.5 mL/week   | unknown time unit \"week\" (known: day, d, h, hr, min)",
                "VOLUME_RATE   | 0.5 mL/s      | unknown time unit \"s\" (known: day, d, h, hr, min)",
                "DOSE_RATE     | 5 mL/day      | unknown mass unit \"mL\" (known: g, mg, mcg, ug, µg, μg)",
                "DOSE_RATE     | 5 mg          | unit \"mg\" is not a mass per time such as mcg/day",
            })
    void malformedAmountsAreRejectedWithTheReason(QuantityKind kind, String text, String reason) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> kind.parse(text));
        assertEquals(reason, e.reason());
        assertEquals(kind, e.kind());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("numbers must be plain decimals with a leading digit")
    @CsvSource({"'.5 mL'", "'+5 mL'", "'five mL'", "'mL'"})
    void numbersMustBePlainDecimals(String text) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.volumeNl(text));
        assertEquals("expected a volume such as \"20 mL\", got \"" + text + '"', e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("a decimal comma or a second decimal point is blamed on the number, not the unit")
    @CsvSource({"'0,5 mL'", "'1.2.3 mL'", "'1. 5 mL'"})
    void aDecimalCommaIsBlamedOnTheNumber(String text) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantities.volumeNl(text));
        assertEquals("write the number as a plain decimal such as 0.5", e.reason());
    }
}
