package io.itddsim.fleet.study;

import io.itddsim.fleet.outcome.Effect;
import io.itddsim.fleet.stats.Summary;
import java.util.SortedMap;

/**
 * One mechanism across a cohort: how often it was armed, what the pumps made of it, and what it
 * cost the patients. Durations in days.
 *
 * @param name                 the mechanism
 * @param fault                the catalogue fault it arms
 * @param effect               what it does to the therapy
 * @param armed                pumps in which it began within the follow-up
 * @param detected             of which the pump noticed
 * @param detectedBy           detections by detector label
 * @param latencyDays          time from its start to the pump's detection (detected ones)
 * @param lostUntilDetectedDays therapy lost until the pump noticed (to the end of follow-up for misses)
 * @param lostUntilVisitDays   therapy lost until the next clinic visit after the pump noticed
 * @param failures             failures (non-recoverable stalls) attributed to it
 */
public record MechanismStats(
        String name,
        String fault,
        Effect effect,
        int armed,
        int detected,
        SortedMap<String, Integer> detectedBy,
        Summary latencyDays,
        Summary lostUntilDetectedDays,
        Summary lostUntilVisitDays,
        int failures) {}
