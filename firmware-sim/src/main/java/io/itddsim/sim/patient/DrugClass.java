package io.itddsim.sim.patient;

import java.util.List;

/**
 * How a drug acts on the patient beyond its kinetics: which clinical states it can bring about
 * (docs/PATIENT.md, "Clinical states").
 */
public enum DrugClass {
    /** Morphine, hydromorphone, fentanyl, sufentanil: tolerance, overdose and withdrawal. */
    OPIOID(List.of(Syndrome.THERAPEUTIC_EFFECT, Syndrome.OPIOID_OVERDOSE, Syndrome.OPIOID_WITHDRAWAL)),
    /** Baclofen: adaptation and the withdrawal syndrome. Baclofen overdose is not modelled. */
    BACLOFEN(List.of(Syndrome.THERAPEUTIC_EFFECT, Syndrome.BACLOFEN_WITHDRAWAL)),
    /** Ziconotide, clonidine, bupivacaine: kinetics and therapeutic effect only. */
    OTHER(List.of(Syndrome.THERAPEUTIC_EFFECT));

    private final List<Syndrome> syndromes;

    DrugClass(List<Syndrome> syndromes) {
        this.syndromes = syndromes;
    }

    /** The clinical states a patient on a drug of this class is followed for, in report order. */
    public List<Syndrome> syndromes() {
        return syndromes;
    }

    /** Whether the patient adapts to the drug (tolerance, dependence) and so can withdraw from it. */
    public boolean adapts() {
        return this != OTHER;
    }
}
