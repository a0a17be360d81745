package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;

/**
 * Records requests the telemetry stack refused before they reached therapy: no radio session (the
 * pump only listened) and one log record per burst, so a flood of refusals can never evict the
 * clinical records from the log. When the newest record is already such a record, its count grows
 * in place.
 */
final class LinkRefusalRecords {
    /** Detail text that marks a record of requests refused by the telemetry stack. */
    static final String LINK_REFUSALS = "refused before therapy";

    private LinkRefusalRecords() {}

    static CommandResult record(EventLog log, PumpCommand.LinkRefusal r, long nowUs) {
        PumpEvent newest = log.newest();
        boolean merge = newest != null
                && newest.type() == EventType.COMMAND_REJECTED
                && newest.detail().startsWith(LINK_REFUSALS);
        long count = merge ? Math.addExact(newest.value(), r.count()) : r.count();
        long firstUs = merge ? newest.timeUs() : nowUs;
        String detail = LINK_REFUSALS + ": " + count + " request" + (count == 1 ? "" : "s") + ", the last "
                + r.request() + ": " + r.reason();
        PumpEvent record = new PumpEvent(firstUs, EventType.COMMAND_REJECTED, count, detail);
        if (merge) {
            log.amendNewest(record);
        } else {
            log.log(record.timeUs(), record.type(), record.value(), record.detail());
        }
        return CommandResult.refused(Refusal.NOT_PERMITTED, r.request(), r.reason());
    }
}
