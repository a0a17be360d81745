package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.itddsim.sim.Pumps;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.InfusionMode;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A new program stops the pump while it is transferred (HSA 2021). */
class ProgrammingTransferTest {

    @Test
    @DisplayName("the pump is stopped during the transfer and runs the new program when it completes")
    void transferStopsThenRestarts() {
        PumpSimulator sim = Pumps.morphine40ml(1, 1_000_000);
        sim.runUntil(HOUR_US);
        sim.applyNow(new PumpCommand.BeginProgramming());
        assertEquals(InfusionMode.STOPPED, sim.firmware().mode());
        long strokes = sim.firmware().strokesCommanded();
        sim.runUntil(HOUR_US + 120_000_000);
        assertEquals(strokes, sim.firmware().strokesCommanded(), "no strokes while transferring");
        Prescription next = Prescription.continuous("morphine", 25_000, 2_000_000);
        sim.applyNow(new PumpCommand.Program(next));
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode());
        assertEquals(2_000_000, sim.firmware().basalRateNlPerDay());
    }

    @Test
    @DisplayName("a transfer that never completes leaves the pump stopped, with an event")
    void abandonedTransferLeavesPumpStopped() {
        PumpSimulator sim = Pumps.morphine40ml(2, 1_000_000);
        sim.runUntil(HOUR_US);
        sim.applyNow(new PumpCommand.BeginProgramming());
        sim.runUntil(10 * HOUR_US);
        assertNotNull(Pumps.firstEvent(sim, EventType.PROGRAMMING_INCOMPLETE));
        assertEquals(InfusionMode.STOPPED, sim.firmware().mode());
        assertEquals(0, sim.firmware().basalRateNlPerDay());
    }
}
