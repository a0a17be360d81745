package io.itddsim.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.firmware.RefillRoute;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Millilitres of strong solution moved at once (a refill, a catheter-port injection) split drug
 * mass exactly: mass x volume passes 2^63 there, and a plain long product would wrap.
 */
class LargeVolumeMassTest {

    @Test
    @DisplayName("aspirating a full 40 mL reservoir of 50 mg/mL takes out exactly its drug")
    void aspirateAllOfAStrongFullReservoir() {
        Plant plant = new Plant(PumpProfile.synchroMed40ml(), 0, 0);
        plant.reservoir().add(40_000_000, 50_000);
        plant.reservoir().withdrawBulk(39_999_999);
        assertEquals(39_999_999L * 50_000, plant.reservoir().lastWithdrawnPg());
        assertEquals(50_000, plant.reservoir().massPg());
    }

    @Test
    @DisplayName("a 20 mL catheter-port injection of 25 mg/mL delivers 20 mL of drug, never a negative mass")
    void largeCatheterPortInjection() {
        Plant plant = new Plant(PumpProfile.synchroMed40ml(), 0, 0);
        plant.catheter().fill(25_000);
        RefillProcedure.perform(
                plant, RefillRoute.CATHETER_ACCESS_PORT, RefillProcedure.ASPIRATE_ALL, 20_000_000, 25_000);
        assertEquals(20_000_000, plant.ledger().intrathecalNl());
        assertEquals(20_000_000L * 25_000, plant.ledger().intrathecalPg());
        assertEquals(plant.catheter().deadVolumeNl() * 25_000, plant.catheter().massPg());
    }

    @Test
    @DisplayName("the exact split agrees with the plain expression wherever that does not overflow")
    void exactSplitMatchesPlainArithmetic() {
        long[] values = {0, 1, 7, 240, 196_350, 25_000_000, 4_908_750_000L, 3_000_000_000L};
        for (long a : values) {
            for (long b : values) {
                for (long c : new long[] {1, 3, 240, 196_350, 40_000_000}) {
                    if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
                        assertEquals(a * b / c, ExactMath.mulDiv(a, b, c));
                    }
                }
            }
        }
        assertTrue(ExactMath.productsEqual(500_000_000_000L, 20_000_000, 20_000_000, 500_000_000_000L));
        assertTrue(!ExactMath.productsEqual(500_000_000_000L, 20_000_000, 20_000_001, 500_000_000_000L));
    }
}
