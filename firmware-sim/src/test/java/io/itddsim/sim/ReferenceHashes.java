package io.itddsim.sim;

/** Recorded state hashes of reference runs (see DeterminismTest#referenceRunHashIsStable). */
final class ReferenceHashes {
    static final String MORPHINE_40ML_7D_SEED_2026 = "3c9874905f374b2a8aedc40a2f049133e634db432e474459454dd79e461b5790";

    private ReferenceHashes() {}
}
