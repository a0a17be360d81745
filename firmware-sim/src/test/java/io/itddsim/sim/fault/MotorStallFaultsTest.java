package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.HOUR_US;
import static io.itddsim.sim.fault.FaultPumps.MINUTE_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.events;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.plant.GearTrain;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.sim.random.SplitMix64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Motor-stall faults act on the gear train or the motor; the firmware finds out only from driven
 * steps without rotor pulses. Each test shows the physical effect and the detection (DOMAIN.md 4).
 */
class MotorStallFaultsTest {
    /** At 0.5 mL/day a stroke starts every 41.5 s; detection takes 23 more steps (46 ms). */
    private static final long STROKE_INTERVAL_US = 41_472_000;

    private static final long DETECTION_BOUND_US = STROKE_INTERVAL_US + 46_000;

    @Test
    @DisplayName("transient stall: the rotor stops for its duration, the firmware logs the stall and the recovery")
    void transientStallIsDetectedAndRecovers() {
        PumpSimulator sim = FaultPumps.morphine(21);
        arm(
                sim,
                FaultSpec.of(FaultKind.MOTOR_STALL_TRANSIENT, FaultSchedule.at(DAY_US))
                        .with("duration", 2 * HOUR_US));
        sim.runUntil(DAY_US + HOUR_US);
        long movedMidStall = sim.plant().motor().stepsMoved();
        long deliveredMidStall = sim.plant().ledger().intrathecalNl();
        sim.runUntil(DAY_US + 2 * HOUR_US - MINUTE_US);
        assertEquals(movedMidStall, sim.plant().motor().stepsMoved(), "the rotor turned during the stall");
        assertEquals(deliveredMidStall, sim.plant().ledger().intrathecalNl());
        sim.runUntil(2 * DAY_US);

        FaultRecord r = onlyRecord(sim);
        assertEquals(DAY_US, r.activeFromUs());
        assertEquals(DAY_US + 2 * HOUR_US, r.activeToUs());
        assertEquals("MOTOR_STALL", r.detectedBy());
        assertTrue(
                r.detectionLatencyUs() > 0 && r.detectionLatencyUs() <= DETECTION_BOUND_US,
                "latency " + r.detectionLatencyUs());
        PumpEvent recovered = events(sim, EventType.MOTOR_STALL_RECOVERED).get(0);
        assertTrue(recovered.timeUs() >= r.activeToUs() && recovered.timeUs() <= r.activeToUs() + DETECTION_BOUND_US);
        assertFalse(sim.firmware().stallDetected());
        assertEquals(0, sim.plant().gears().blockingTorqueNnm(), "the jam is gone after it clears");
    }

    @Test
    @DisplayName("intermittent stall: three episodes in three days, three stalls and three recoveries logged")
    void intermittentStallComesAndGoes() {
        PumpSimulator sim = FaultPumps.morphine(22);
        arm(
                sim,
                FaultSpec.of(FaultKind.MOTOR_STALL_INTERMITTENT, FaultSchedule.at(DAY_US))
                        .named("on-off"));
        sim.runUntil(5 * DAY_US);
        assertEquals(3, events(sim, EventType.MOTOR_STALL).size(), String.valueOf(sim.events()));
        assertEquals(3, events(sim, EventType.MOTOR_STALL_RECOVERED).size());
        for (PumpEvent e : events(sim, EventType.MOTOR_STALL)) {
            assertTrue(e.timeUs() >= DAY_US && e.timeUs() < 4 * DAY_US, "stall outside the window at " + e.timeUs());
        }
        FaultRecord r = onlyRecord(sim);
        assertEquals(4 * DAY_US, r.activeToUs(), "the occurrence spans its window");
        assertTrue(r.detected());
        assertEquals(0, sim.plant().gears().blockingTorqueNnm());
    }

    @Test
    @DisplayName("intermittent stall: the pattern comes from the fault's own seeded stream")
    void intermittentPatternIsSeeded() {
        long[] a = pattern(7, "f");
        assertArrayEquals(a, pattern(7, "f"), "same seed and name, same pattern");
        assertFalse(java.util.Arrays.equals(a, pattern(8, "f")), "another seed, another pattern");
        assertFalse(java.util.Arrays.equals(a, pattern(7, "g")), "another fault name, another stream");
        for (int i = 0; i < a.length; i++) {
            assertTrue(a[i] >= i * DAY_US && a[i] < (i + 1) * DAY_US, "episode " + i + " outside its slot");
        }
    }

    private static long[] pattern(long seed, String name) {
        GearTrain gears = new GearTrain(PumpProfile.synchroMed20ml());
        SplitMix64 random = new io.itddsim.sim.random.RandomStreams(seed).stream("fault." + name);
        IntermittentStall s = new IntermittentStall(gears, random, 10_000, 3, 3 * DAY_US, 10 * MINUTE_US, 6 * HOUR_US);
        s.start(0);
        return s.episodeStartsUs();
    }

    @Test
    @DisplayName("permanent stall (foreign particle): detected at the next stroke and never recovered")
    void permanentStallNeverRecovers() {
        PumpSimulator sim = FaultPumps.morphine(23);
        arm(sim, FaultSpec.of(FaultKind.MOTOR_STALL_PERMANENT, FaultSchedule.at(10 * DAY_US)));
        sim.runUntil(20 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertFalse(r.ended());
        assertTrue(r.detectionLatencyUs() <= DETECTION_BOUND_US);
        assertTrue(events(sim, EventType.MOTOR_STALL_RECOVERED).isEmpty());
        assertTrue(
                sim.firmware().reservoirEstimateNl() < sim.plant().reservoir().volumeNl() - 4_000_000,
                "the estimate keeps falling while nothing is delivered");
    }

    @Test
    @DisplayName("shaft wear: friction rises until the motor can no longer turn the gears, then a stall")
    void shaftWearEndsInAStall() {
        PumpSimulator sim = FaultPumps.morphine(24);
        // 100x the default rate so that the 5-year course takes a month
        arm(sim, FaultSpec.of(FaultKind.SHAFT_WEAR, FaultSchedule.now()).with("rate_ppm_per_day", 160_000));
        sim.runUntil(10 * DAY_US);
        assertTrue(
                sim.plant().gears().wearPpm() > 2_500_000,
                "wear " + sim.plant().gears().wearPpm());
        assertTrue(events(sim, EventType.MOTOR_STALL).isEmpty(), "still turning at 10 days");
        sim.runUntil(40 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertTrue(r.detected());
        long stallDay = r.detectedUs() / DAY_US;
        // load 1200 + 300 x (wear - 1) - 469 nN*m exceeds 1575 nN*m at a wear factor of about 3.8: day 17-18
        assertTrue(stallDay >= 16 && stallDay <= 19, "stalled on day " + stallDay);
    }

    @Test
    @DisplayName(
            "gear corrosion runs about three times faster with an off-label drug (hydromorphone) than with morphine")
    void offLabelCorrosionIsFaster() {
        long onLabel = corrosionStallDay("morphine");
        long offLabel = corrosionStallDay("hydromorphone");
        assertTrue(
                offLabel * 25 / 10 < onLabel && onLabel < offLabel * 35 / 10,
                "stall on day " + onLabel + " (morphine) vs " + offLabel + " (hydromorphone)");
    }

    private static long corrosionStallDay(String drug) {
        PumpSimulator sim = FaultPumps.infusing(drug, FaultPumps.TYPICAL_RATE, 25);
        arm(sim, FaultSpec.of(FaultKind.GEAR_CORROSION, FaultSchedule.now()).with("rate_ppm_per_day", 50_000));
        sim.runUntil(80 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertTrue(r.detected(), drug + " never stalled");
        return r.detectedUs() / DAY_US;
    }

    @Test
    @DisplayName("feedthrough short: the motor loses torque (a stall) and the battery drains faster")
    void feedthroughShortStallsAndDrains() {
        PumpSimulator sim = FaultPumps.morphine(26);
        // the same stall from a jam: the same alarm tones and motor steps, so only the short differs
        PumpSimulator jammed = FaultPumps.morphine(26);
        arm(sim, FaultSpec.of(FaultKind.FEEDTHROUGH_SHORT, FaultSchedule.at(DAY_US)));
        arm(jammed, FaultSpec.of(FaultKind.MOTOR_STALL_PERMANENT, FaultSchedule.at(DAY_US)));
        sim.runUntil(3 * DAY_US);
        jammed.runUntil(3 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals("MOTOR_STALL", r.detectedBy());
        assertTrue(r.detectionLatencyUs() <= DETECTION_BOUND_US);
        assertEquals(onlyRecord(jammed).detectedUs(), r.detectedUs());
        // 20 uA for two days is 3.456 C more
        long extraNc =
                sim.plant().battery().consumedNc() - jammed.plant().battery().consumedNc();
        assertEquals(3_456_000_000L, extraNc, 1_000);
    }

    @Test
    @DisplayName("a feedthrough short too small to stall still shows as a sag under motor load")
    void mildShortOnlySags() {
        PumpSimulator sim = FaultPumps.morphine(27);
        arm(
                sim,
                FaultSpec.of(FaultKind.FEEDTHROUGH_SHORT, FaultSchedule.now())
                        .with("torque_loss_ppm", 100_000)
                        .with("short_current_na", 1_000_000));
        sim.runUntil(DAY_US);
        assertTrue(events(sim, EventType.MOTOR_STALL).isEmpty());
        // 1 mA through 20 Ohm: 20 mV lower, measured by the firmware's hourly check
        assertEquals(sim.plant().battery().openCircuitMv() - 20, sim.firmware().lastBatteryMv(), 1);
        List<FaultRecord> records = sim.faultRecords();
        assertFalse(records.get(0).detected(), "a sag above ERI reveals nothing to the firmware");
    }
}
