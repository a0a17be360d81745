package io.itddsim.bench.expect;

/**
 * A timeline command and the pump's answer.
 *
 * @param timelineIndex its entry in the scenario's timeline, from 0
 * @param atUs          when it was sent (applied)
 * @param command       its name ("refill", "interrogate")
 * @param accepted      whether the pump carried it out
 * @param reason        the refusal's reason; empty when accepted
 */
public record CommandOutcome(int timelineIndex, long atUs, String command, boolean accepted, String reason) {}
