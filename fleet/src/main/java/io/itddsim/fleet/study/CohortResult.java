package io.itddsim.fleet.study;

import io.itddsim.fleet.spec.FieldReference;
import io.itddsim.fleet.stats.Rates;
import io.itddsim.fleet.stats.SurvivalCurve;
import java.util.List;
import java.util.SortedMap;

/**
 * A cohort's aggregates: survival, prevalence, incidence, causes, what the pumps noticed, what the
 * patients lost and, with simulated patients, what they went through. All from outcomes in pump-id
 * order, so the same study gives the same numbers bit for bit however it was run.
 *
 * @param name             the cohort
 * @param reference        the field's figures it is checked against
 * @param pumps            pumps in it
 * @param offLabel         of which filled with an off-label drug
 * @param patientYears     follow-up, from entry to exit, in years
 * @param failures         non-recoverable stalls
 * @param prevalence       share of pumps that failed, with a 95% interval
 * @param anyStall         share of pumps that logged any stall
 * @param incidence        failures per patient-year, with a 95% interval
 * @param curves           Kaplan-Meier curves by group ("all", "on-label", "off-label"), days since implant
 * @param causes           failures by cause (mechanism name, or "unattributed")
 * @param causesByFault    failures by the field's cause groups (shaft wear, feedthrough short, corrosion, other)
 * @param catheterStalls   non-recoverable stalls against a catheter complication (no failures), by cause
 * @param mechanisms       each mechanism's statistics, in the fleet file's order
 * @param refillChecks     refill volume checks made
 * @param refillsFlagged   of which flagged a discrepancy
 * @param alarms           alarms raised, by type
 * @param annunciations    alarm patterns sounded
 * @param exits            pumps by why they left the study
 * @param batteryEri       pumps that reached the elective replacement indicator
 * @param lowBatteryResets brown-out resets, all pumps
 * @param programmedMl     volume prescribed, all pumps
 * @param intrathecalMl    volume that reached the spinal fluid
 * @param elsewhereMl      volume that went elsewhere
 * @param patients         pumps with a simulated patient (0 for a cohort without a {@code patient:}
 *                         section)
 * @param patientEpisodes  their episodes of overdose and withdrawal, one entry per state their drugs
 *                         can bring about; empty without patients
 */
public record CohortResult(
        String name,
        FieldReference reference,
        int pumps,
        int offLabel,
        double patientYears,
        int failures,
        Rates.Interval prevalence,
        Rates.Interval anyStall,
        Rates.Interval incidence,
        SortedMap<String, SurvivalCurve> curves,
        SortedMap<String, Integer> causes,
        SortedMap<String, Integer> causesByFault,
        SortedMap<String, Integer> catheterStalls,
        List<MechanismStats> mechanisms,
        long refillChecks,
        long refillsFlagged,
        SortedMap<String, Integer> alarms,
        long annunciations,
        SortedMap<String, Integer> exits,
        int batteryEri,
        long lowBatteryResets,
        double programmedMl,
        double intrathecalMl,
        double elsewhereMl,
        int patients,
        List<EpisodeStats> patientEpisodes) {}
