package io.itddsim.trainer.live;

/**
 * An alarm event a live pump streamed, as the page shows and plays it.
 *
 * @param seq        this trainer's running number (the page asks for events after the last it has)
 * @param simTimeUs  when it happened on the pump
 * @param time       the same, for people
 * @param alarm      the model's alarm type name, or null for an alarm test
 * @param label      what it is called
 * @param severity   {@code critical} or {@code non-critical}: which pattern it plays
 * @param transition raised, annunciated, latched, cleared... (the wire's transition, lower case)
 * @param sounds     true when the pump played its pattern now (annunciation or alarm test)
 */
public record LiveEvent(
        long seq,
        long simTimeUs,
        String time,
        String alarm,
        String label,
        String severity,
        String transition,
        boolean sounds) {}
