package io.itddsim.bench.scenario;

import io.itddsim.sim.alarm.AlarmSettings;
import java.util.Set;

/**
 * Reads alarm settings: {@code low_reservoir} (volume), {@code critical_repeat} and
 * {@code non_critical_repeat} (durations) and {@code alarm_clock} (sim time of the refill
 * reminder). Anything left out keeps the value in {@code defaults}.
 */
final class AlarmSettingsReader {
    private static final Set<String> KEYS =
            Set.of("low_reservoir", "critical_repeat", "non_critical_repeat", "alarm_clock");

    private AlarmSettingsReader() {}

    static AlarmSettings read(YamlMap m, AlarmSettings defaults) throws ScenarioError {
        m.allowOnly(KEYS);
        return new AlarmSettings(
                m.optionalQuantity("low_reservoir", QuantityKind.VOLUME).orElse(defaults.lowReservoirNl()),
                m.optionalQuantity("critical_repeat", QuantityKind.DURATION).orElse(defaults.criticalRepeatUs()),
                m.optionalQuantity("non_critical_repeat", QuantityKind.DURATION).orElse(defaults.nonCriticalRepeatUs()),
                m.optionalQuantity("alarm_clock", QuantityKind.DURATION).orElse(defaults.alarmClockUs()));
    }
}
