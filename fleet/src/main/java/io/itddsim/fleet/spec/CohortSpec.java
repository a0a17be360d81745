package io.itddsim.fleet.spec;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A group of pumps with one therapy mix and one follow-up: the manufacturer's fleet, or a single
 * centre (Galica's) with its own window and failure rate.
 *
 * @param name                 name in reports
 * @param size                 number of pumps
 * @param profile              pump model (a bundled profile name)
 * @param followUpUs           how long each pump is followed, unless it drops out first
 * @param implantAgeUs         age of the pump when it enters the study (0: a new implant)
 * @param dropoutPerYear       rate of leaving the study for other reasons (death, explant, moving)
 * @param refillIntervalUs     distribution of the refill interval (capped so the reservoir does not run low)
 * @param interrogationEveryUs an extra interrogation this often between refills (0: at refills only)
 * @param drugs                the drug mix; shares add up to 1
 * @param hazardRatios         the cohort's own hazard multiplier per mechanism name (absent: 1)
 * @param fieldReference       the field's figures the cohort is checked against
 * @param patient              the simulated patient each pump carries, or null for none
 */
public record CohortSpec(
        String name,
        int size,
        String profile,
        long followUpUs,
        Dist implantAgeUs,
        double dropoutPerYear,
        Dist refillIntervalUs,
        long interrogationEveryUs,
        List<DrugSpec> drugs,
        Map<String, Double> hazardRatios,
        FieldReference fieldReference,
        PatientSpec patient)
        implements Serializable {
    public CohortSpec {
        drugs = List.copyOf(drugs);
        hazardRatios = Map.copyOf(hazardRatios);
    }

    public boolean hasPatients() {
        return patient != null;
    }

    public double hazardRatio(String mechanism) {
        return hazardRatios.getOrDefault(mechanism, 1.0);
    }
}
