package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultPumps.DAY_US;
import static io.itddsim.sim.fault.FaultPumps.arm;
import static io.itddsim.sim.fault.FaultPumps.onlyRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Battery defects (DOMAIN.md 1): premature depletion and the resistive film. */
class BatteryFaultsTest {

    private static PumpSimulator agedPump(long seed, long depthOfDischargePpm) {
        return PumpSimulator.create(SimulationSetup.inService(
                        PumpProfile.synchroMed40ml(),
                        seed,
                        40_000_000,
                        Prescription.continuous("morphine", FaultPumps.MORPHINE_25, FaultPumps.TYPICAL_RATE))
                .withBatteryDepthOfDischargePpm(depthOfDischargePpm));
    }

    private static long firstTime(PumpSimulator sim, EventType type) {
        return sim.events().stream()
                .filter(e -> e.type() == type)
                .mapToLong(PumpEvent::timeUs)
                .findFirst()
                .orElse(-1);
    }

    @Test
    @DisplayName("premature depletion: the hourly battery check reaches ERI months early, and that is the detection")
    void prematureDepletionBringsEriEarly() {
        PumpSimulator sim = agedPump(61, 800_000);
        PumpSimulator healthy = agedPump(61, 800_000);
        arm(sim, FaultSpec.of(FaultKind.BATTERY_PREMATURE_DEPLETION, FaultSchedule.now()));
        sim.runUntil(320 * DAY_US);
        healthy.runUntil(320 * DAY_US);
        long eri = firstTime(sim, EventType.BATTERY_ERI);
        long healthyEri = firstTime(healthy, EventType.BATTERY_ERI);
        assertTrue(eri > 0 && healthyEri > 0);
        assertTrue(eri < healthyEri / 2, "ERI on day " + eri / DAY_US + " vs " + healthyEri / DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals("BATTERY_ERI", r.detectedBy());
        assertEquals(eri, r.detectedUs());
    }

    @Test
    @DisplayName(
            "resistive film: the open-circuit voltage is fine but the cell sags under the motor: a low battery reset")
    void resistiveFilmBrownsOutUnderLoad() {
        PumpSimulator sim = agedPump(62, 0);
        arm(sim, FaultSpec.of(FaultKind.BATTERY_RESISTIVE_FILM, FaultSchedule.now()));
        sim.runUntil(30 * DAY_US);
        assertTrue(sim.events().stream().noneMatch(e -> e.type() == EventType.LOW_BATTERY_RESET), "fine at 30 days");
        assertEquals(
                20_000 + 10_000 * 30 - 10_000 / 24,
                sim.plant().battery().internalResistanceMilliOhm(),
                1,
                "hourly steps of 10 Ohm/day");
        sim.runUntil(60 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertEquals("LOW_BATTERY_RESET", r.detectedBy());
        // 2.5 mA x R sags 3.2 V below the 2.2 V brown-out level once R passes 400 Ohm: day 38
        assertEquals(38, r.detectedUs() / DAY_US, 1);
        assertTrue(sim.firmware().lastBatteryMv() > 3_100, "the unloaded hourly check sees a healthy cell: no ERI");
    }

    @Test
    @DisplayName("an initial resistance rise alone can stall a pump at once (the cause side of a low battery reset)")
    void suddenFilmStallsAtOnce() {
        PumpSimulator sim = agedPump(63, 0);
        arm(
                sim,
                FaultSpec.of(FaultKind.BATTERY_RESISTIVE_FILM, FaultSchedule.at(DAY_US))
                        .with("initial_rise_mohm", 1_000_000)
                        .with("growth_mohm_per_day", 0));
        sim.runUntil(2 * DAY_US);
        FaultRecord r = onlyRecord(sim);
        assertTrue(r.detected() && r.detectionLatencyUs() < 42_000_000, String.valueOf(r));
    }
}
