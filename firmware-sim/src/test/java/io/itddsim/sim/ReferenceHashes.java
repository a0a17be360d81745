package io.itddsim.sim;

/**
 * Recorded state hashes of reference runs (see DeterminismTest#referenceRunHashIsStable). Changed
 * once on purpose since: the event log now enters the hash as its length and one running SHA-256
 * of its events (docs/DESIGN.md, rule 4), not event by event; the runs themselves did not change.
 */
final class ReferenceHashes {
    static final String MORPHINE_40ML_7D_SEED_2026 = "bd190fb075dff8809ce6a86c88c1ecb6c8cb8d72a4e34c20a35cedd0def01770";

    /** The same run with a 70 kg patient on its prescription (patient model of issue 12). */
    static final String MORPHINE_40ML_7D_SEED_2026_PATIENT_70KG =
            "550822c5ce62619bbd9b64cadecef263e36e21d8bc52e56c7321e2e30c7aec3a";

    private ReferenceHashes() {}
}
