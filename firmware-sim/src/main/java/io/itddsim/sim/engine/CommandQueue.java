package io.itddsim.sim.engine;

import io.itddsim.sim.firmware.PumpCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands waiting for their tick, in due-time order; commands due at the same time keep the order
 * they were submitted in, so a timeline replays identically.
 */
final class CommandQueue implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<ScheduledCommand> pending = new ArrayList<>();
    private long nextSequence;

    void add(long dueUs, PumpCommand command) {
        ScheduledCommand c = new ScheduledCommand(dueUs, nextSequence++, command, -1, -1, null);
        int i = pending.size();
        while (i > 0 && pending.get(i - 1).dueUs() > dueUs) {
            i--;
        }
        pending.add(i, c);
    }

    /** The earliest due time, or Long.MAX_VALUE when empty. */
    long nextDueUs() {
        return pending.isEmpty() ? Long.MAX_VALUE : pending.get(0).dueUs();
    }

    ScheduledCommand poll() {
        return pending.remove(0);
    }

    int size() {
        return pending.size();
    }

    long sequenceCounter() {
        return nextSequence;
    }
}
