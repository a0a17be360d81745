package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.DAY_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Pumps;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.nvm.NvmRecord;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The event log in simulated non-volatile memory: CRC per record, roll-off, corruption found in place. */
class NvmLogTest {
    private static final int RECORD = PumpProfile.NVM_RECORD_BYTES;

    private static PumpSimulator pumpWithEvents(int n) {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        for (int i = 0; i < n; i++) {
            sim.applyNow(new PumpCommand.AlarmTest());
        }
        return sim;
    }

    @Test
    @DisplayName("every logged event is in NVM with its time, type and value")
    void eventsArePersisted() {
        PumpSimulator sim = pumpWithEvents(3);
        List<NvmRecord> log = sim.firmware().nvmLog().readAll();
        assertEquals(3, log.size());
        for (NvmRecord r : log) {
            assertFalse(r.corrupt());
            assertEquals(EventType.ALARM_TEST, r.type());
        }
        assertEquals(List.of(1L, 2L, 3L), log.stream().map(NvmRecord::sequence).toList());
    }

    @Test
    @DisplayName("when the ring is full the oldest records roll off")
    void oldestRollOff() {
        PumpSimulator sim = pumpWithEvents(1_030);
        List<NvmRecord> log = sim.firmware().nvmLog().readAll();
        assertEquals(1_024, log.size());
        assertEquals(7, log.get(0).sequence());
        assertEquals(1_030, log.get(log.size() - 1).sequence());
        assertEquals(1_030, sim.events().size(), "the simulator's own journal keeps everything");
    }

    @Test
    @DisplayName("a flipped bit is detected and reported without hiding the records around it")
    void flippedBitIsFoundInPlace() {
        PumpSimulator sim = pumpWithEvents(5);
        sim.plant().nvm().flipBits(2 * RECORD + 15, 0x80);
        List<NvmRecord> log = sim.firmware().nvmLog().readAll();
        assertEquals(5, log.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i == 2, log.get(i).corrupt(), "record " + i);
        }
        sim.runUntil(DAY_US + 1_000);
        assertEquals(2, Pumps.firstEvent(sim, EventType.MEMORY_ERROR).value(), "slot of the bad record");
        assertTrue(sim.firmware().alarms().isActive(AlarmType.PUMP_MEMORY_ERROR));
    }

    @Test
    @DisplayName("a torn write (power lost mid-record) is detected as a memory error")
    void tornWriteIsDetected() {
        PumpSimulator sim = pumpWithEvents(2);
        sim.plant().nvm().tearNextWrite(10);
        sim.applyNow(new PumpCommand.AlarmTest());
        sim.applyNow(new PumpCommand.AlarmTest());
        List<NvmRecord> log = sim.firmware().nvmLog().readAll();
        assertTrue(log.get(2).corrupt(), "the torn record");
        assertFalse(log.get(3).corrupt(), "the next record is intact");
        sim.runUntil(DAY_US + 1_000);
        assertTrue(sim.firmware().alarms().isActive(AlarmType.PUMP_MEMORY_ERROR));
    }
}
