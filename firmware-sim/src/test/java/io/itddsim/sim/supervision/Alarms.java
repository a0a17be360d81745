package io.itddsim.sim.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.PumpCommand;

/** Test helpers for alarm assertions. */
final class Alarms {
    private Alarms() {}

    static void assertActive(PumpSimulator sim, AlarmType type, AlarmState state) {
        assertTrue(
                sim.firmware().alarms().isActive(type),
                type + " not in the active set: " + sim.firmware().alarms().active() + "; events " + sim.events());
        assertEquals(state, sim.firmware().alarms().state(type), type.toString());
    }

    static CommandResult interrogate(PumpSimulator sim) {
        CommandResult r = sim.applyNow(new PumpCommand.Interrogate());
        assertTrue(r.accepted(), r.reason());
        return r;
    }
}
