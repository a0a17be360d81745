package io.itddsim.sim;

/** Recorded state hashes of reference runs (see DeterminismTest#referenceRunHashIsStable). */
final class ReferenceHashes {
    static final String MORPHINE_40ML_7D_SEED_2026 = "3c9874905f374b2a8aedc40a2f049133e634db432e474459454dd79e461b5790";

    /** The same run with a 70 kg patient on its prescription (patient model of issue 12). */
    static final String MORPHINE_40ML_7D_SEED_2026_PATIENT_70KG =
            "16ed67e35d1e2cf7a0b89daced98e778bb3fd62cbfc1ff44229e68a3532203e4";

    private ReferenceHashes() {}
}
