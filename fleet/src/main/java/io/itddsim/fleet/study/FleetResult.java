package io.itddsim.fleet.study;

import java.util.List;

/**
 * What a fleet study found: each cohort's aggregates and the comparison with the field.
 *
 * @param study        the study's name
 * @param source       its file
 * @param seed         the fleet seed
 * @param pumps        pumps run
 * @param patientYears follow-up in years, all cohorts
 * @param cohorts      per cohort, in file order
 * @param checks       the field's figures next to the study's
 */
public record FleetResult(
        String study,
        String source,
        long seed,
        int pumps,
        double patientYears,
        List<CohortResult> cohorts,
        List<FieldCheck> checks) {}
