package io.itddsim.sim.supervision;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.Pumps;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.alarm.Annunciation;
import io.itddsim.sim.alarm.Tone;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSink;
import io.itddsim.sim.firmware.PumpCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the pump plays, how often, and what it costs the battery. */
class AnnunciationTest {
    private static final long MINUTE_US = 60_000_000L;

    private static List<Annunciation> record(PumpSimulator sim) {
        List<Annunciation> heard = new ArrayList<>();
        sim.setSink(new SimulationSink() {
            @Override
            public void onAnnunciation(Annunciation a) {
                heard.add(a);
            }
        });
        return heard;
    }

    @Test
    @DisplayName("a critical alarm plays 3 s of alternating tones at once and again every 10 minutes")
    void criticalRepeatsEveryTenMinutes() {
        PumpSimulator sim = Pumps.morphine40ml(1, 500_000);
        List<Annunciation> heard = record(sim);
        sim.plant().gears().setWearPpm(5_000_000);
        sim.runUntil(2 * MINUTE_US);
        assertEquals(1, heard.size());
        long first = heard.get(0).timeUs();
        sim.runUntil(first + 60 * MINUTE_US + 1);
        assertEquals(7, heard.size(), "at raise, then every 10 min for an hour");
        for (int i = 1; i < heard.size(); i++) {
            assertEquals(
                    10 * MINUTE_US, heard.get(i).timeUs() - heard.get(i - 1).timeUs());
        }
        Annunciation a = heard.get(0);
        assertEquals(AlarmSeverity.CRITICAL, a.pattern().severity());
        assertEquals(3_000_000, a.pattern().durationUs());
        List<Tone> tones = a.pattern().tones();
        assertEquals(6, tones.size());
        assertTrue(tones.get(0).frequencyHz() != tones.get(1).frequencyHz(), "two tones alternate");
        assertEquals(List.of(AlarmType.MOTOR_STALL), a.alarms());
    }

    @Test
    @DisplayName("a non-critical alarm plays a single 1 s tone every 60 minutes")
    void nonCriticalRepeatsEveryHour() {
        PumpSimulator sim = Pumps.morphine40ml(2, 500_000);
        List<Annunciation> heard = record(sim);
        sim.applyNow(new PumpCommand.ConfigureAlarms(
                sim.firmware().alarms().settings().withAlarmClockUs(HOUR_US)));
        sim.runUntil(HOUR_US + 3 * HOUR_US + 1);
        assertEquals(4, heard.size());
        assertEquals(1, heard.get(0).pattern().tones().size());
        assertEquals(1_000_000, heard.get(0).pattern().durationUs());
        assertEquals(HOUR_US, heard.get(1).timeUs() - heard.get(0).timeUs());
    }

    @Test
    @DisplayName("the repeat interval is programmable")
    void repeatIntervalIsProgrammable() {
        PumpSimulator sim = Pumps.morphine40ml(3, 500_000);
        List<Annunciation> heard = record(sim);
        var s = sim.firmware().alarms().settings();
        sim.applyNow(new PumpCommand.ConfigureAlarms(
                new io.itddsim.sim.alarm.AlarmSettings(s.lowReservoirNl(), 2 * MINUTE_US, s.nonCriticalRepeatUs(), 0)));
        sim.plant().gears().setWearPpm(5_000_000);
        sim.runUntil(2 * MINUTE_US);
        long first = heard.get(0).timeUs();
        sim.runUntil(first + 10 * MINUTE_US + 1);
        assertEquals(6, heard.size());
    }

    @Test
    @DisplayName("the battery pays for every tone")
    void tonesDrawCharge() {
        PumpSimulator quiet = Pumps.stopped20ml(4, 10_000_000);
        PumpSimulator alarming = Pumps.stopped20ml(4, 10_000_000);
        alarming.applyNow(new PumpCommand.ConfigureAlarms(
                alarming.firmware().alarms().settings().withAlarmClockUs(1)));
        quiet.applyNow(new PumpCommand.ConfigureAlarms(quiet.firmware().alarms().settings()));
        quiet.runUntil(DAY_US);
        alarming.runUntil(DAY_US);
        assertEquals(
                24 * 1_000_000L,
                alarming.plant().toneUs(),
                "24 one-second tones in a day: " + alarming.firmware().alarms().history());
        assertEquals(0, quiet.plant().toneUs());
        assertTrue(alarming.plant().battery().consumedNc()
                > quiet.plant().battery().consumedNc());
    }

    @Test
    @DisplayName("an alarm test sounds both patterns once, with no alarm active")
    void alarmTestSoundsBothPatterns() {
        PumpSimulator sim = Pumps.morphine40ml(5, 500_000);
        List<Annunciation> heard = record(sim);
        sim.applyNow(new PumpCommand.AlarmTest());
        assertEquals(2, heard.size());
        assertTrue(heard.get(0).test() && heard.get(1).test());
        assertEquals(AlarmSeverity.CRITICAL, heard.get(0).pattern().severity());
        assertEquals(AlarmSeverity.NON_CRITICAL, heard.get(1).pattern().severity());
        assertTrue(sim.firmware().alarms().active().isEmpty());
    }

    @Test
    @DisplayName("an acknowledged alarm whose cause persists is silent for one interval, then comes back")
    void acknowledgedAlarmComesBack() {
        PumpSimulator sim = Pumps.morphine40ml(6, 500_000);
        List<Annunciation> heard = record(sim);
        sim.plant().gears().setWearPpm(5_000_000);
        sim.runUntil(2 * MINUTE_US);
        sim.applyNow(new PumpCommand.AcknowledgeAlarms(List.of()));
        Alarms.assertActive(sim, AlarmType.MOTOR_STALL, AlarmState.ACKNOWLEDGED);
        int before = heard.size();
        long ackAt = sim.nowUs();
        sim.runUntil(ackAt + 9 * MINUTE_US);
        assertEquals(before, heard.size(), "silent");
        sim.runUntil(ackAt + 11 * MINUTE_US);
        assertEquals(before + 1, heard.size(), "back after one interval");
        Alarms.assertActive(sim, AlarmType.MOTOR_STALL, AlarmState.ACTIVE);
    }
}
