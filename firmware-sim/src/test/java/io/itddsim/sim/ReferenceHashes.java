package io.itddsim.sim;

/** Recorded state hashes of reference runs (see DeterminismTest#referenceRunHashIsStable). */
final class ReferenceHashes {
    static final String MORPHINE_40ML_7D_SEED_2026 = "b71efefa643fe4ad6e65f1bdaef3eeaa3e8ccdc9a31833f96e10929179a47bf0";

    private ReferenceHashes() { }
}
