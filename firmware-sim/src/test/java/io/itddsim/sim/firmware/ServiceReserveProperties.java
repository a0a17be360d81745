package io.itddsim.sim.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.plant.Battery;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The firmware's reckoning of the service left errs on the safe side: read from the voltage of a
 * real cell (the plant's), it never finds more charge than the cell has before end of service.
 */
class ServiceReserveProperties {
    private static final PumpProfile PROFILE = PumpProfile.synchroMed40ml();
    private static final ServiceReserve RESERVE = new ServiceReserve(PROFILE);

    @Property
    void theVoltageOfACellNeverShowsItLessSpentThanItIs(@ForAll @LongRange(min = 0, max = 1_000_000) long dodPpm) {
        long mv = new Battery(PROFILE, dodPpm).openCircuitMv();
        assertTrue(RESERVE.dodPpm(mv - 1) >= dodPpm, "at " + dodPpm + " ppm the cell reads " + mv + " mV");
    }

    @Property
    void theChargeLeftIsNoMoreThanTheCellHasBeforeItsVoltageReachesEos(
            @ForAll @LongRange(min = 0, max = 1_000_000) long dodPpm) {
        Battery cell = new Battery(PROFILE, dodPpm);
        long leftNc = RESERVE.chargeLeftNc(cell.openCircuitMv());
        // the plant's EOS point at rest: the depth at which the open-circuit voltage reaches eos_mv
        long eosDodPpm = 975_000;
        assertEquals(PROFILE.get(ProfileParameter.EOS_MV), new Battery(PROFILE, eosDodPpm).openCircuitMv());
        long trulyLeftNc = Math.max(0, eosDodPpm - dodPpm) * (cell.capacityNc() / 1_000_000);
        assertTrue(leftNc <= trulyLeftNc, leftNc + " nC reckoned, " + trulyLeftNc + " nC truly left");
    }

    @Test
    @DisplayName("a day at 0.5 mL/day costs the quiescent draw and the steps of its strokes")
    void aDaysChargeAtTheTypicalRate() {
        // 8 uA x 86,400 s + 500,000 nL x 48 steps / 240 nL = 100,000 steps of 5 uC
        assertEquals(691_200_000L + 100_000L * 5_000, RESERVE.chargePerDayNc(500_000));
        assertEquals(691_200_000L, RESERVE.chargePerDayNc(0), "a stopped pump still draws its quiescent current");
    }
}
