package io.itddsim.wire.host;

import io.itddsim.sim.firmware.PumpCommand;

/**
 * Requests refused before they reached the pump model (a role that may not send them, a client
 * over its rate, a patient's bolus the firmware would refuse), counted on any thread and handed to
 * the sim thread as one {@link PumpCommand.LinkRefusal} per burst. A flood of refusals thus costs
 * the model one input now and then, not one per request, and no queue room at all.
 */
final class RefusalTally {

    private long count;
    private String lastRequest;
    private String lastReason;

    /** Any thread: one more refusal. */
    synchronized void note(String request, String reason) {
        count++;
        lastRequest = request;
        lastReason = reason;
    }

    /** Refusals noted and not yet taken. */
    synchronized long pending() {
        return count;
    }

    /** Sim thread: the refusals noted since the last call as one command, or null when there were none. */
    synchronized PumpCommand.LinkRefusal take() {
        if (count == 0) {
            return null;
        }
        PumpCommand.LinkRefusal burst = new PumpCommand.LinkRefusal(lastRequest, lastReason, count);
        count = 0;
        lastRequest = null;
        lastReason = null;
        return burst;
    }
}
