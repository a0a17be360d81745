package io.itddsim.bench.scenario;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code pump:} section: which bundled profile, any parameter overrides (by the parameter's
 * key, as an integer in the parameter's unit; see docs/MODEL.md), the battery's age and the clock.
 */
record PumpSection(PumpProfile profile, long batteryDepthOfDischargePpm, long startTimeOfDayUs) {
    private static final Set<String> KEYS =
            Set.of("profile", "overrides", "battery_spent_percent", "start_time_of_day");

    static PumpSection read(YamlMap pump) throws ScenarioError {
        pump.allowOnly(KEYS);
        String profileName = pump.requiredString("profile");
        PumpProfile profile = PumpProfile.byName(profileName);
        if (profile == null) {
            throw pump.required("profile")
                    .error("unknown profile \"" + profileName + "\"; expected one of "
                            + String.join(", ", PumpProfile.bundledNames()));
        }
        if (pump.has("overrides")) {
            profile = applyOverrides(profile, pump.requiredMap("overrides"));
        }
        long dodPpm = 0;
        if (pump.has("battery_spent_percent")) {
            YamlValue v = pump.required("battery_spent_percent");
            try {
                BigDecimal pct = new BigDecimal(v.asString().trim());
                if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw v.error("expected a percentage from 0 to 100, got " + pct.toPlainString());
                }
                dodPpm = pct.movePointRight(4)
                        .setScale(0, java.math.RoundingMode.HALF_EVEN)
                        .longValueExact();
            } catch (NumberFormatException e) {
                throw v.error("expected a percentage such as 91.5, got \"" + v.asString() + "\"");
            }
        }
        long clock = pump.optionalQuantity("start_time_of_day", QuantityKind.TIME_OF_DAY)
                .orElse(0);
        return new PumpSection(profile, dodPpm, clock);
    }

    private static PumpProfile applyOverrides(PumpProfile profile, YamlMap overrides) throws ScenarioError {
        Map<ProfileParameter, Long> values = new EnumMap<>(ProfileParameter.class);
        for (String key : overrides.keys()) {
            ProfileParameter p = ProfileParameter.byKey(key);
            if (p == null) {
                throw overrides
                        .required(key)
                        .error("unknown profile parameter \"" + key + "\"; the parameters are listed in docs/MODEL.md");
            }
            values.put(p, overrides.requiredLong(key));
        }
        try {
            return profile.withOverrides(values);
        } catch (SimInputException e) {
            String key = e.field();
            YamlValue at = overrides.has(key) ? overrides.required(key) : null;
            throw at != null ? at.error(e) : overrides.error(e.getMessage());
        }
    }
}
