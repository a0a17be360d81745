package io.itddsim.fleet.spec;

import java.io.Serializable;
import java.util.List;

/**
 * A fleet study as its file describes it (docs/FLEET.md): cohorts of pumps, the degradation
 * mechanisms and their distributions, what counts as a failure, and the seed every pump's draws
 * come from. Pumps are numbered from 0 across the cohorts in file order.
 *
 * @param name                  the study's name
 * @param source                the file it came from, for messages
 * @param seed                  the fleet seed (docs/FLEET.md, "Each pump a pure function")
 * @param nonRecoverableAfterUs a stall with no recovery within this long counts as a failure
 * @param mechanisms            the degradation model, in file order
 * @param cohorts               the cohorts, in file order
 */
public record FleetSpec(
        String name,
        String source,
        long seed,
        long nonRecoverableAfterUs,
        List<MechanismSpec> mechanisms,
        List<CohortSpec> cohorts)
        implements Serializable {
    public FleetSpec {
        mechanisms = List.copyOf(mechanisms);
        cohorts = List.copyOf(cohorts);
    }

    /** Number of pumps in the study. */
    public int size() {
        return cohorts.stream().mapToInt(CohortSpec::size).sum();
    }

    /** The cohort pump {@code id} belongs to. */
    public CohortSpec cohortOf(int id) {
        int first = 0;
        for (CohortSpec c : cohorts) {
            if (id < first + c.size()) {
                return c;
            }
            first += c.size();
        }
        throw new IllegalArgumentException("no pump " + id + " in a study of " + size());
    }
}
