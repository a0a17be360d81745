package io.itddsim.fleet.study;

import io.itddsim.fleet.stats.Summary;
import java.util.SortedMap;

/**
 * One harmful clinical state across a cohort's simulated patients (docs/PATIENT.md): how many had
 * it, how badly, from what, and whether the pump had noticed first. Durations in days.
 *
 * @param syndrome            the state's key, e.g. {@code baclofen_withdrawal}
 * @param patientsFollowed    patients whose drug can bring it about
 * @param patientsAffected    of which had at least one episode
 * @param episodes            episodes in all
 * @param byWorstGrade        episodes by the highest grade they reached ("1" to "3")
 * @param byCause             episodes by what was acting at the onset (a mechanism's name,
 *                            {@code battery_end_of_service} or {@code none})
 * @param pumpNoticedFirst    episodes whose cause the pump had noticed at or before the onset
 * @param onsetAfterCauseDays time from the cause's first change of delivery to the onset (episodes
 *                            with a cause)
 * @param durationDays        length of the episodes that ended within the follow-up
 * @param ongoing             episodes still present at the end of follow-up
 */
public record EpisodeStats(
        String syndrome,
        int patientsFollowed,
        int patientsAffected,
        int episodes,
        SortedMap<String, Integer> byWorstGrade,
        SortedMap<String, Integer> byCause,
        int pumpNoticedFirst,
        Summary onsetAfterCauseDays,
        Summary durationDays,
        int ongoing) {}
