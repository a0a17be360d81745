package io.itddsim.fleet.study;

import io.itddsim.fleet.stats.Rates;

/**
 * One comparison of a simulated figure with the field's.
 *
 * @param cohort     the cohort compared
 * @param quantity   what is compared, in words
 * @param field      the field's value
 * @param source     where the field's value comes from
 * @param simulated  the study's value with its 95% interval
 * @param criterion  what "reproduced" means here
 * @param reproduced whether the criterion holds
 * @param proportion true for a share (shown as a percentage), false for a rate
 */
public record FieldCheck(
        String cohort,
        String quantity,
        double field,
        String source,
        Rates.Interval simulated,
        String criterion,
        boolean reproduced,
        boolean proportion) {}
