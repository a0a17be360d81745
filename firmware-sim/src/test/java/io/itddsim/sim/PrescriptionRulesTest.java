package io.itddsim.sim;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.Therapy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrescriptionRulesTest {

    private static ScheduledCommand applyAtOneHour(PumpSimulator sim, PumpCommand c) {
        sim.schedule(HOUR_US, c);
        sim.runUntil(HOUR_US + 1_000);
        List<ScheduledCommand> applied = sim.appliedCommands();
        return applied.get(applied.size() - 1);
    }

    @Test
    @DisplayName("a rate above the maximum is refused with the allowed range, and the therapy is unchanged")
    void rateAboveMaximumIsRefused() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        ScheduledCommand c =
                applyAtOneHour(sim, new PumpCommand.Program(Prescription.continuous("morphine", 25_000, 30_000_000)));
        assertFalse(c.result().accepted());
        assertEquals("prescription.rate", c.result().field());
        assertTrue(
                c.result().reason().contains("48000..24000000 nL/day"),
                c.result().reason());
        assertEquals(500_000, sim.firmware().basalRateNlPerDay());
        assertEquals(1, sim.firmware().eventLog().count(EventType.COMMAND_REJECTED));
    }

    @Test
    @DisplayName("a rate below the programmable minimum is refused")
    void rateBelowMinimumIsRefused() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        ScheduledCommand c =
                applyAtOneHour(sim, new PumpCommand.Program(Prescription.continuous("morphine", 25_000, 1_000)));
        assertFalse(c.result().accepted());
        assertEquals(500_000, sim.firmware().basalRateNlPerDay());
    }

    @Test
    @DisplayName("a flex pattern out of time order is refused naming the step")
    void flexOutOfOrderIsRefused() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        Therapy flex = new Therapy.Flex(
                List.of(new Therapy.FlexStep(8 * HOUR_US, 300_000), new Therapy.FlexStep(6 * HOUR_US, 200_000)));
        ScheduledCommand c = applyAtOneHour(sim, new PumpCommand.Program(new Prescription("baclofen", 2_000, flex)));
        assertFalse(c.result().accepted());
        assertEquals("prescription.steps[1].start", c.result().field());
    }

    @Test
    @DisplayName("a bolus faster than the maximum rate is refused; a second bolus while one runs is refused")
    void bolusLimits() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        ScheduledCommand tooFast =
                applyAtOneHour(sim, new PumpCommand.StartBolus(BolusKind.SINGLE, 2_000_000, HOUR_US));
        assertFalse(tooFast.result().accepted());
        assertEquals("bolus.duration", tooFast.result().field());

        sim.schedule(2 * HOUR_US, new PumpCommand.StartBolus(BolusKind.SINGLE, 100_000, HOUR_US));
        sim.schedule(2 * HOUR_US + 60_000_000, new PumpCommand.StartBolus(BolusKind.SINGLE, 100_000, HOUR_US));
        sim.runUntil(DAY_US);
        List<ScheduledCommand> applied = sim.appliedCommands();
        assertTrue(applied.get(1).result().accepted());
        assertFalse(applied.get(2).result().accepted());
        assertTrue(applied.get(2).result().reason().contains("already running"));
    }

    @Test
    @DisplayName("dose to rate: 5 mg/day of 25 mg/mL is 0.2 mL/day")
    void doseToRate() {
        assertEquals(200_000, Prescription.rateForDose(5_000, 25_000));
        assertEquals(180_000, Prescription.rateForDose(90, 500));
    }
}
