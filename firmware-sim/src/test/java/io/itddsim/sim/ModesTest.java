package io.itddsim.sim;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.BolusKind;
import io.itddsim.sim.firmware.InfusionMode;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.Therapy;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModesTest {

    private static PumpSimulator baclofenFlex(long clockOffsetUs) {
        Therapy flex = new Therapy.Flex(List.of(
                new Therapy.FlexStep(0, 200_000), // night 00:00-07:00
                new Therapy.FlexStep(7 * HOUR_US, 400_000), // day 07:00-22:00
                new Therapy.FlexStep(22 * HOUR_US, 300_000))); // evening 22:00-24:00
        Prescription rx = new Prescription("baclofen", 2_000, flex);
        return PumpSimulator.create(new SimulationSetup(
                PumpProfile.synchroMed20ml(), 5, 20_000_000, 2_000, 20_000_000, true, rx, 0, clockOffsetUs));
    }

    @Test
    @DisplayName("flex dosing programs each step's rate for its share of the day")
    void flexDayProgramsTheWeightedVolume() {
        PumpSimulator sim = baclofenFlex(0);
        sim.runUntil(DAY_US);
        // 7 h x 0.2 + 15 h x 0.4 + 2 h x 0.3 mL/day, in nL
        long expected = (7 * 200_000 + 15 * 400_000 + 2 * 300_000) / 24;
        assertEquals(expected, sim.firmware().programmedNl());
        assertEquals(InfusionMode.FLEX, sim.firmware().mode());
    }

    @Test
    @DisplayName("flex steps follow the pump clock's time of day, not sim time zero")
    void flexFollowsTheClock() {
        PumpSimulator sim = baclofenFlex(6 * HOUR_US); // clock reads 06:00 at start
        sim.runUntil(HOUR_US); // 06:00-07:00 at the night rate
        assertEquals(200_000 / 24, sim.firmware().programmedNl());
        sim.runUntil(2 * HOUR_US); // 07:00-08:00 at the day rate
        assertEquals((200_000 + 400_000) / 24, sim.firmware().programmedNl());
        assertEquals(400_000, sim.firmware().basalRateNlPerDay());
    }

    @Test
    @DisplayName("a single bolus delivers exactly its volume, then the therapy resumes")
    void singleBolusThenTherapy() {
        PumpSimulator sim = Pumps.morphine40ml(6, 480_000);
        sim.runUntil(HOUR_US);
        long before = sim.firmware().programmedNl();
        sim.schedule(HOUR_US, new PumpCommand.StartBolus(BolusKind.SINGLE, 500_000, HOUR_US));
        sim.runUntil(HOUR_US + 1_000);
        assertEquals(InfusionMode.SINGLE_BOLUS, sim.firmware().mode());
        sim.runUntil(2 * HOUR_US + 1_000);
        PumpEvent done = sim.events().stream()
                .filter(e -> e.type() == EventType.BOLUS_COMPLETED)
                .findFirst()
                .orElseThrow();
        assertTrue(Math.abs(done.timeUs() - 2 * HOUR_US) <= 1_000, "bolus lasted its duration: " + done.timeUs());
        assertEquals(InfusionMode.CONTINUOUS, sim.firmware().mode());
        assertEquals(before + 500_000, sim.firmware().programmedNl(), "exactly the bolus volume during the bolus hour");
    }

    @Test
    @DisplayName("a priming bolus fills a new catheter: drug reaches the spinal fluid only after the dead volume")
    void primingBolusFillsTheCatheterFirst() {
        PumpProfile profile = PumpProfile.synchroMed20ml();
        Prescription rx = Prescription.continuous("morphine", 25_000, 500_000);
        PumpSimulator sim =
                PumpSimulator.create(new SimulationSetup(profile, 8, 20_000_000, 25_000, 20_000_000, false, rx, 0, 0));
        long catheterNl = sim.plant().catheter().deadVolumeNl();
        sim.schedule(0, new PumpCommand.StartBolus(BolusKind.PRIMING, catheterNl, 12 * HOUR_US));
        sim.runUntil(6 * HOUR_US);
        assertEquals(InfusionMode.PRIMING_BOLUS, sim.firmware().mode());
        assertTrue(sim.plant().ledger().intrathecalNl() > 0, "fluid leaves the tip from the first stroke");
        assertEquals(0, sim.plant().ledger().intrathecalPg(), "but it is the drug-free fluid the catheter held");
        sim.runUntil(2 * DAY_US);
        assertTrue(sim.plant().ledger().intrathecalPg() > 0, "drug arrives once the catheter is full of it");
    }

    @Test
    @DisplayName("programming a stopped pump stops accrual; programming a rate restarts it")
    void stopAndRestart() {
        PumpSimulator sim = Pumps.morphine40ml(6, 500_000);
        sim.schedule(DAY_US, new PumpCommand.Program(Prescription.stopped("morphine", 25_000)));
        sim.runUntil(DAY_US + 1_000);
        long programmed = sim.firmware().programmedNl();
        sim.runUntil(3 * DAY_US);
        assertEquals(programmed, sim.firmware().programmedNl());
        assertEquals(InfusionMode.STOPPED, sim.firmware().mode());
        sim.schedule(3 * DAY_US, new PumpCommand.Program(Prescription.continuous("morphine", 25_000, 500_000)));
        sim.runUntil(4 * DAY_US);
        assertTrue(sim.firmware().programmedNl() > programmed + 490_000);
    }
}
