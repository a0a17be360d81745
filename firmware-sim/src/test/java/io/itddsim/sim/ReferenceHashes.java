package io.itddsim.sim;

/** Recorded state hashes of reference runs (see DeterminismTest#referenceRunHashIsStable). */
final class ReferenceHashes {
    static final String MORPHINE_40ML_7D_SEED_2026 = "57ae5a031b5a985ca4cc26db885cca67a98ae52808a7a2563fe47c3927e0f1b2";

    private ReferenceHashes() { }
}
