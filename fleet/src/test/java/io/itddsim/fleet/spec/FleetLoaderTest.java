package io.itddsim.fleet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.scenario.ScenarioError;
import io.itddsim.fleet.TestFleets;
import io.itddsim.sim.fault.FaultKind;
import org.junit.jupiter.api.Test;

class FleetLoaderTest {

    private static final String GOOD = TestFleets.resource("fleets/tiny.yaml");

    private static ScenarioError refused(String text) {
        return assertThrows(ScenarioError.class, () -> FleetLoader.parse("f.yaml", text));
    }

    @Test
    void theBundledFleetsLoad() {
        FleetSpec study = TestFleets.load(TestFleets.bundled("field-study.yaml"));
        assertEquals(10_000, study.size());
        assertEquals(2, study.cohorts().size());
        assertEquals(FieldReference.MANUFACTURER, study.cohorts().get(0).fieldReference());
        assertEquals(FieldReference.GALICA, study.cohorts().get(1).fieldReference());
        assertEquals(
                FaultKind.MOTOR_STALL_PERMANENT,
                study.mechanisms().stream()
                        .filter(m -> m.name().equals("foreign_particle"))
                        .findFirst()
                        .orElseThrow()
                        .fault());
        assertTrue(TestFleets.load(TestFleets.bundled("sample.yaml")).size() < 50);
    }

    @Test
    void pumpsAreNumberedAcrossTheCohortsInFileOrder() {
        FleetSpec tiny = TestFleets.tiny();
        assertEquals(9, tiny.size());
        assertEquals("young", tiny.cohortOf(5).name());
        assertEquals("centre", tiny.cohortOf(6).name());
        assertThrows(IllegalArgumentException.class, () -> tiny.cohortOf(9));
    }

    @Test
    void aMisspeltKeyIsRefusedAtItsLineWithASuggestion() {
        ScenarioError e = refused(GOOD.replace("    follow_up: 30d", "    follow_upp: 30d"));
        assertEquals(33, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().startsWith("f.yaml:33:5: cohorts[0].follow_upp: unknown key"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"follow_up\""), e.getMessage());
    }

    @Test
    void anUnknownFaultIsRefusedWithTheCatalogue() {
        ScenarioError e = refused(GOOD.replace("fault: shaft_wear", "fault: shaft_tear"));
        assertEquals("mechanisms.shaft_wear.fault", e.path());
        assertTrue(e.detail().contains("the catalogue (docs/FAULTS.md) has:"), e.detail());
    }

    @Test
    void aParameterTheFaultDoesNotTakeIsRefusedWithTheOnesItTakes() {
        ScenarioError e = refused(GOOD.replace("      window: 1d", "      windoe: 1d"));
        assertEquals("mechanisms.intermittent_stall.parameters.windoe", e.path());
        assertTrue(e.detail().contains("it takes: episodes, window, episode_min, episode_max"), e.detail());
    }

    @Test
    void aParameterRangeOutsideTheCataloguesIsRefused() {
        ScenarioError e = refused(GOOD.replace("[200000, 400000]", "[-5, 400000]"));
        assertEquals("mechanisms.over_infusion.parameters.onset_ppm", e.path());
        assertTrue(e.detail().contains("expected values from 0 to 10000000 ppm"), e.detail());
    }

    @Test
    void parametersThatCannotAgreeAreRefusedBeforeAnyPumpRuns() {
        // three episodes of up to 6 hours (the default) do not fit in a window of 12 hours
        ScenarioError e = refused(GOOD.replace("      window: 1d", "      window: 12h"));
        assertEquals("mechanisms.intermittent_stall.parameters", e.path());
        assertTrue(e.detail().contains("episodes must fit in the window"), e.detail());
    }

    @Test
    void drugSharesMustAddUpToOne() {
        ScenarioError e = refused(GOOD.replace(
                "        share: 0.5\n        concentration: 10 mg/mL",
                "        share: 0.4\n        concentration: 10 mg/mL"));
        assertEquals("cohorts[0].drugs", e.path());
        assertTrue(e.detail().contains("add up to 0.9"), e.detail());
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        ScenarioError e = refused(GOOD.replace("probability: 0.3, by: 20d", "probability: 1.3, by: 20d"));
        assertEquals("mechanisms.shaft_wear.onset.probability", e.path());
    }

    @Test
    void aHazardRatioForAnUnknownMechanismIsRefused() {
        ScenarioError e =
                refused(GOOD.replace("hazard_ratios: {foreign_particle: 3}", "hazard_ratios: {foreign_particles: 3}"));
        assertEquals("cohorts[1].hazard_ratios.foreign_particles", e.path());
        assertTrue(e.detail().contains("the mechanisms are:"), e.detail());
    }

    @Test
    void aDoseWithoutAUnitIsRefusedAsTheScenarioFormatRefusesIt() {
        ScenarioError e = refused(GOOD.replace("dose: 400 mcg/day", "dose: 400"));
        assertEquals("cohorts[1].drugs[0].dose", e.path());
        assertTrue(e.detail().contains("expected a dose rate"), e.detail());
    }

    @Test
    void anUnknownFieldReferenceIsRefused() {
        ScenarioError e = refused(GOOD.replace("field_reference: galica", "field_reference: medtronic"));
        assertEquals("cohorts[1].field_reference", e.path());
    }

    @Test
    void aCohortsPatientsAreRead() {
        FleetSpec tiny = TestFleets.tiny();
        PatientSpec young = tiny.cohorts().get(0).patient();
        assertEquals(new Dist.Uniform(50_000, 100_000), young.weightG());
        assertEquals(60_000_000L, young.gridUs(), "the model's own grid by default");
        assertEquals(600_000_000L, tiny.cohorts().get(1).patient().gridUs());
    }

    @Test
    void aPatientOnADrugThePatientModelDoesNotKnowIsRefused() {
        ScenarioError e = refused(GOOD.replace("drug: hydromorphone", "drug: gabapentin"));
        assertEquals("cohorts[0].patient", e.path());
        assertTrue(e.detail().contains("no kinetics for the cohort's drug \"gabapentin\""), e.detail());
    }

    @Test
    void aPatientWeightOutsideTheModelsRangeIsRefused() {
        ScenarioError e = refused(GOOD.replace("[50 kg, 100 kg]", "[50 kg, 400 kg]"));
        assertEquals("cohorts[0].patient.weight", e.path());
        assertTrue(e.detail().contains("from 1 kg to 300 kg"), e.detail());
    }

    @Test
    void aPatientGridOutsideOneSecondToOneHourIsRefused() {
        ScenarioError e = refused(GOOD.replace("grid: 10min", "grid: 2h"));
        assertEquals("cohorts[1].patient.grid", e.path());
        assertTrue(e.detail().contains("from 1s to 1h"), e.detail());
    }

    @Test
    void aMisspeltPatientKeyIsRefused() {
        ScenarioError e = refused(GOOD.replace("grid: 10min", "gird: 10min"));
        assertEquals("cohorts[1].patient.gird", e.path());
    }

    @Test
    void aFileOfAnotherVersionIsRefused() {
        ScenarioError e = refused(GOOD.replace("version: 1", "version: 2"));
        assertTrue(e.detail().contains("expected format version 1"), e.detail());
    }
}
