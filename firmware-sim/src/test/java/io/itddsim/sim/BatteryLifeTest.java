package io.itddsim.sim;

import static io.itddsim.sim.Pumps.DAY_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.InfusionMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatteryLifeTest {

    @Test
    @DisplayName("under nominal load EOS comes at least 90 days after ERI, and the pump then stops")
    void eosAtLeastNinetyDaysAfterEri() {
        // a pump late in life (91% spent), nominal 0.5 mL/day
        PumpSimulator sim = Pumps.agedBattery40ml(4, 910_000);
        sim.runUntil(250 * DAY_US);
        PumpEvent eri = Pumps.firstEvent(sim, EventType.BATTERY_ERI);
        PumpEvent eos = Pumps.firstEvent(sim, EventType.BATTERY_EOS);
        assertTrue(eri != null && eos != null, "both ERI and EOS reached: " + sim.events());
        long daysBetween = (eos.timeUs() - eri.timeUs()) / DAY_US;
        assertTrue(daysBetween >= 90, "EOS only " + daysBetween + " days after ERI");
        assertEquals(InfusionMode.STOPPED, sim.firmware().mode());
        long strokes = sim.firmware().strokesCommanded();
        sim.runUntil(260 * DAY_US);
        assertEquals(strokes, sim.firmware().strokesCommanded(), "no strokes after end of service");
    }
}
