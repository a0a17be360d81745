package io.itddsim.bench.expect;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import java.util.List;

/**
 * The pump played a tone pattern: for alarms (their severity's pattern) or for an alarm test.
 *
 * @param timeUs   sim time it started
 * @param severity which pattern (critical two-tone, non-critical single tone)
 * @param alarms   the alarms it announced; empty for a test
 * @param test     true for an alarm test
 */
public record Sounding(long timeUs, AlarmSeverity severity, List<AlarmType> alarms, boolean test) {
    public Sounding {
        alarms = List.copyOf(alarms);
    }
}
