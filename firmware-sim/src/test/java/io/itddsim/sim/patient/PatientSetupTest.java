package io.itddsim.sim.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad patient input is refused with the field and the reason, and no pump is built. */
class PatientSetupTest {
    private static SimulationSetup setup(String drug) {
        return SimulationSetup.inService(
                PumpProfile.synchroMed20ml(), 1, 10_000_000, Prescription.continuous(drug, 1_000, 500_000));
    }

    @Test
    @DisplayName("a drug the model has no kinetics for is refused, naming the drugs it knows")
    void unknownDrugIsRefused() {
        SimulationSetup s = setup("ketamine").withPatient(PatientSetup.onPrescription(70_000));
        SimInputException e = assertThrows(SimInputException.class, () -> PumpSimulator.create(s));
        assertEquals("patient", e.field());
        assertTrue(
                e.getMessage().contains("\"ketamine\"") && e.getMessage().contains("baclofen, ziconotide"),
                e.getMessage());
    }

    @Test
    @DisplayName("brand names find their drug: Infumorph is morphine, Lioresal baclofen, Prialt ziconotide")
    void brandNames() {
        assertEquals(Drug.MORPHINE, Drug.byName(" Infumorph "));
        assertEquals(Drug.BACLOFEN, Drug.byName("LIORESAL"));
        assertEquals(Drug.ZICONOTIDE, Drug.byName("prialt"));
        assertNull(Drug.byName("saline"));
    }

    @Test
    @DisplayName("a grid that is not a whole number of ticks, a weight or a parameter out of range are refused")
    void badNumbersAreRefused() {
        PatientParameters odd = PatientParameters.defaults().with(PatientParameter.GRID_US, 1_000_500);
        SimulationSetup s = setup("morphine")
                .withPatient(PatientSetup.onPrescription(70_000).withParameters(odd));
        assertEquals(
                "grid_us",
                assertThrows(SimInputException.class, () -> PumpSimulator.create(s))
                        .field());
        assertEquals(
                "patient.weight",
                assertThrows(SimInputException.class, () -> PatientSetup.onPrescription(500))
                        .field());
        SimInputException range = assertThrows(
                SimInputException.class,
                () -> PatientParameters.defaults().with(PatientParameter.MORPHINE_CSF_VOLUME, 5));
        assertEquals("morphine.csf_volume_ul_per_kg", range.field());
        assertTrue(range.getMessage().contains("100..10000 uL/kg"), range.getMessage());
    }

    @Test
    @DisplayName(
            "a patient on its prescription starts at steady state, adapted to it, with full relief and no other sign")
    void steadyStart() {
        PumpSimulator sim = PumpSimulator.create(SimulationSetup.inService(
                        PumpProfile.synchroMed20ml(),
                        1,
                        10_000_000,
                        Prescription.continuous("morphine", 1_000, 1_000_000))
                .withPatient(PatientSetup.onPrescription(70_000)));
        PatientStatus p = sim.status().patient().orElseThrow();
        // 1 mL/day of 1 mg/mL is 1 mg/day; clearance 3.3 uL/kg/min x 70 kg = 332.64 mL/day
        assertEquals(3_006_253, p.csfPgPerMl(), 1);
        assertEquals(p.csfPgPerMl(), p.effectSitePgPerMl());
        assertEquals(p.csfPgPerMl(), p.tolerancePgPerMl());
        assertEquals(2, p.grade(Syndrome.THERAPEUTIC_EFFECT));
        assertEquals(0, p.grade(Syndrome.OPIOID_OVERDOSE) + p.grade(Syndrome.OPIOID_WITHDRAWAL));
        assertEquals(0, p.transitionCount());
    }
}
