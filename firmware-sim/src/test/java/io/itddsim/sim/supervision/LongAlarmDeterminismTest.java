package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.DAY_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Determinism and fast-forward with alarms repeating for months: a pump stalled for good, its
 * critical alarm sounding every 10 minutes and the low-reservoir and ERI alarms coming and going
 * with interrogations, run skipped and stepped tick by tick. A coarse 20 ms tick keeps the stepped
 * run to seconds; the logic under test does not depend on the tick length.
 */
class LongAlarmDeterminismTest {

    private static PumpSimulator pump(boolean fastForward) {
        PumpProfile coarse = PumpProfile.synchroMed20ml()
                .withOverrides(Map.of(
                        ProfileParameter.TICK_US,
                        20_000L,
                        ProfileParameter.MOTOR_STEP_PERIOD_US,
                        20_000L,
                        ProfileParameter.MAX_RATE_NL_PER_DAY,
                        2_000_000L));
        SimulationSetup setup = new SimulationSetup(
                coarse,
                77,
                20_000_000,
                25_000,
                20_000_000,
                true,
                Prescription.continuous("morphine", 25_000, 300_000),
                917_000,
                0);
        PumpSimulator sim = PumpSimulator.create(setup);
        sim.setFastForward(fastForward);
        for (long day = 7; day < 120; day += 7) {
            sim.schedule(day * DAY_US + 12_345_000, new PumpCommand.Interrogate());
        }
        sim.schedule(60 * DAY_US, new PumpCommand.AlarmTest());
        return sim;
    }

    @Test
    @DisplayName("four months of repeating alarms: same hash with and without fast-forward")
    void monthsOfAlarms() {
        PumpSimulator skipped = pump(true);
        PumpSimulator stepped = pump(false);
        for (long day : new long[] {10, 45, 120}) {
            if (day == 10) {
                skipped.runUntil(day * DAY_US);
                stepped.runUntil(day * DAY_US);
                skipped.plant().gears().setWearPpm(5_000_000);
                stepped.plant().gears().setWearPpm(5_000_000);
                continue;
            }
            skipped.runUntil(day * DAY_US);
            stepped.runUntil(day * DAY_US);
            assertEquals(stepped.stateHash(), skipped.stateHash(), "day " + day);
        }
        assertTrue(
                skipped.firmware().alarms().annunciations() > 110 * 144,
                "critical alarm every 10 min for 110 days: "
                        + skipped.firmware().alarms().annunciations());
        assertTrue(skipped.ticksStepped() < stepped.ticksStepped() / 10, "fast-forward still skips most ticks");
    }
}
