package io.itddsim.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatteryTest {
    private static final long DAY_US = PumpProfile.US_PER_DAY;

    @Test
    @DisplayName("a new battery at nominal load lasts five to seven years to ERI")
    void batteryLifeAtNominalLoad() {
        PumpProfile profile = PumpProfile.synchroMed40ml();
        Battery b = new Battery(profile, 0);
        // nominal day: baseline plus 0.5 mL/day of 240 nL strokes of 48 steps
        long stepsPerDay = 500_000 / profile.strokeVolumeNl() * 48;
        long ticksPerDay = DAY_US / profile.tickUs();
        int days = 0;
        while (b.openCircuitMv() > 2_850 && days < 4_000) {
            b.drainBaseline(ticksPerDay);
            for (long s = 0; s < stepsPerDay; s++) {
                b.drawMotorStep();
            }
            days++;
        }
        assertTrue(days >= 5 * 365 && days <= 7 * 365, "ERI after " + days + " days");
    }

    @Test
    @DisplayName("alarm tones and telemetry sessions spend charge")
    void tonesAndSessionsSpendCharge() {
        Battery b = new Battery(PumpProfile.synchroMed20ml(), 0);
        b.drawTone(3_000_000);
        assertEquals(3_000_000, b.consumedNc(), "1 mA for 3 s is 3 mC");
        b.drawTelemetrySession();
        assertEquals(53_000_000, b.consumedNc());
    }

    @Test
    @DisplayName("the terminal voltage sags under the motor's load by the internal resistance")
    void terminalVoltageSagsUnderLoad() {
        Battery b = new Battery(PumpProfile.synchroMed20ml(), 0);
        assertEquals(3_200, b.terminalMv(0));
        assertEquals(3_150, b.terminalMv(2_500), "2.5 mA x 20 Ohm = 50 mV");
        b.setInternalResistanceMilliOhm(200_000);
        assertEquals(2_700, b.terminalMv(2_500));
    }
}
