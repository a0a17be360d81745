package io.itddsim.sim;

import static io.itddsim.sim.Pumps.DAY_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.patient.PatientSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    @DisplayName("the same setup and seed twice gives the same state hash")
    void sameSeedSameHash() {
        PumpSimulator a = Pumps.morphine40ml(42, 500_000);
        PumpSimulator b = Pumps.morphine40ml(42, 500_000);
        a.runUntil(90 * DAY_US);
        b.runUntil(90 * DAY_US);
        assertEquals(a.stateHash(), b.stateHash());
    }

    @Test
    @DisplayName("another seed draws another pump (stroke-volume error) and so another hash")
    void anotherSeedAnotherPump() {
        PumpSimulator a = Pumps.morphine40ml(1, 500_000);
        PumpSimulator b = Pumps.morphine40ml(2, 500_000);
        a.runUntil(10 * DAY_US);
        b.runUntil(10 * DAY_US);
        assertNotEquals(a.plant().ledger().intrathecalNl(), b.plant().ledger().intrathecalNl());
        assertNotEquals(a.stateHash(), b.stateHash());
    }

    @Test
    @DisplayName("fast-forward is invisible: two days skipped and stepped end in the same state")
    void fastForwardIsInvisible() {
        PumpSimulator skipped = Pumps.morphine40ml(9, 500_000);
        PumpSimulator stepped = Pumps.morphine40ml(9, 500_000);
        stepped.setFastForward(false);
        skipped.runUntil(2 * DAY_US);
        stepped.runUntil(2 * DAY_US);
        assertEquals(stepped.stateHash(), skipped.stateHash());
        assertEquals(stepped.ticks(), skipped.ticks());
        assertTrue(skipped.ticksStepped() < stepped.ticksStepped() / 10, "fast-forward skipped little");
    }

    /**
     * The hash of a fixed run, recorded once. It guards stability across JVMs and releases: if a
     * deliberate model change moves it, update the constant in the same commit and say why.
     */
    @Test
    @DisplayName("the state hash of a reference run is the recorded one (stable across JVMs)")
    void referenceRunHashIsStable() {
        PumpSimulator sim = Pumps.morphine40ml(2026, 500_000);
        sim.runUntil(7 * DAY_US);
        assertEquals(ReferenceHashes.MORPHINE_40ML_7D_SEED_2026, sim.stateHash());
    }

    /** The morphine reference pump with a 70 kg patient on its prescription. */
    private static PumpSimulator withPatient(long seed) {
        PumpSimulator plain = Pumps.morphine40ml(seed, 500_000);
        SimulationSetup setup = plain.setup().withPatient(PatientSetup.onPrescription(70_000));
        return PumpSimulator.create(setup);
    }

    @Test
    @DisplayName("with a patient: the same seed twice gives the same hash, and the patient is in it")
    void patientIsDeterministicAndHashed() {
        PumpSimulator a = withPatient(42);
        PumpSimulator b = withPatient(42);
        PumpSimulator none = Pumps.morphine40ml(42, 500_000);
        for (PumpSimulator sim : new PumpSimulator[] {a, b, none}) {
            sim.runUntil(3 * DAY_US);
        }
        assertEquals(a.stateHash(), b.stateHash());
        assertEquals(a.status().patient(), b.status().patient());
        assertNotEquals(none.stateHash(), a.stateHash(), "the patient's state is part of the hash");
        assertEquals(none.status().truth(), a.status().truth(), "and it changes nothing in the pump");
    }

    @Test
    @DisplayName("with a patient, fast-forward is still invisible and still skips most ticks")
    void fastForwardIsInvisibleWithAPatient() {
        PumpSimulator skipped = withPatient(9);
        PumpSimulator stepped = withPatient(9);
        stepped.setFastForward(false);
        skipped.runUntil(2 * DAY_US);
        stepped.runUntil(2 * DAY_US);
        assertEquals(stepped.stateHash(), skipped.stateHash());
        assertEquals(stepped.status(), skipped.status());
        assertTrue(skipped.ticksStepped() < stepped.ticksStepped() / 10, "fast-forward skipped little");
    }

    /** As {@link #referenceRunHashIsStable}, for the patient's arithmetic (StrictMath constants, integer steps). */
    @Test
    @DisplayName("the state hash of a reference run with a patient is the recorded one (stable across JVMs)")
    void referenceRunWithAPatientHashIsStable() {
        PumpSimulator sim = withPatient(2026);
        sim.runUntil(7 * DAY_US);
        assertEquals(ReferenceHashes.MORPHINE_40ML_7D_SEED_2026_PATIENT_70KG, sim.stateHash());
    }
}
