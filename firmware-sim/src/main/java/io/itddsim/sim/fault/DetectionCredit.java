package io.itddsim.sim.fault;

import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import java.util.List;

/**
 * Decides which firmware event, if any, detected a fault occurrence: the first event of one of the
 * entry's detectors that saw this occurrence's effect (docs/FAULTS.md, "Detection"). The effect
 * acts from the occurrence's start to its end plus a grace time, or for good when the damage stays
 * ({@link FaultKind#damageStays()}). An event that reads the plant as it is now (a stall, a reset,
 * a battery level, a memory check) counts only inside that window; the refill volume check counts
 * when the window overlaps the interval the check measures, from the previous refill to this one,
 * since the volume an obstruction turned back waits in the reservoir until a refill aspirates it.
 * Any other rule credits a fault with what an unrelated fault did: a kink on day 1 with a stall on
 * day 3.
 */
final class DetectionCredit {
    private final long graceUs;

    /** @param graceUs how long after its effect lifts an event is still credited to a fault */
    DetectionCredit(long graceUs) {
        this.graceUs = graceUs;
    }

    /** {@code r} with its detection, judged from the firmware's log {@code events} (in log order). */
    FaultRecord judge(FaultRecord r, List<PumpEvent> events) {
        long effectEndUs = effectEndUs(r);
        long measuredFromUs = Long.MIN_VALUE; // the previous refill: where the next volume check starts
        for (PumpEvent e : events) {
            if (e.type() == EventType.REFILL) {
                measuredFromUs = e.timeUs();
                continue;
            }
            if (e.timeUs() < r.activeFromUs()) {
                continue;
            }
            boolean saw = e.type() == EventType.REFILL_DISCREPANCY
                    ? effectEndUs >= measuredFromUs
                    : e.timeUs() <= effectEndUs;
            if (!saw) {
                continue;
            }
            for (Detector d : r.kind().detectors()) {
                if (d.matches(e)) {
                    return r.detectedAt(e.timeUs(), d.label());
                }
            }
        }
        return r;
    }

    /** The last instant the occurrence's effect acts on the plant; {@code Long.MAX_VALUE} for never ending. */
    private long effectEndUs(FaultRecord r) {
        if (!r.ended() || r.kind().damageStays()) {
            return Long.MAX_VALUE;
        }
        return Math.addExact(r.activeToUs(), graceUs);
    }
}
