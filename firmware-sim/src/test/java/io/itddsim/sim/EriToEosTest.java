package io.itddsim.sim;

import static io.itddsim.sim.Pumps.DAY_US;
import static io.itddsim.sim.Pumps.HOUR_US;
import static io.itddsim.sim.Pumps.MORPHINE_25_MG_PER_ML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After the elective replacement indicator the pump keeps running for at least 90 days at its
 * programmed load before end of service (DOMAIN.md 1), at any rate, and ERI comes no later than the
 * end of the design life less those 90 days. Found by scenarios written outside the team: with ERI
 * at a fixed voltage, ERI-to-EOS was 78.5 days at 1.5 mL/day, and a new pump at 0.1 mL/day ran 10.3
 * years against the 84-month design life.
 *
 * <p>Each pump is refilled before its reservoir runs low, so it works at its programmed rate to the
 * end (an empty reservoir would drop it to the minimum rate and lighten its load). Running a pump
 * to EOS at 5 or 24 mL/day steps a billion ticks, so the tests run side by side; each has its own
 * pump and shares nothing.
 */
@Execution(ExecutionMode.CONCURRENT)
class EriToEosTest {
    private static final long RESERVOIR_NL = 40_000_000;
    private static final long REFILL_NL = 30_000_000;

    /** ERI and EOS of a 40 mL pump on morphine at {@code rateNlPerDay}, battery {@code spentPpm} spent. */
    record Life(PumpEvent eri, PumpEvent eos) {
        long eriToEosDays() {
            return (eos.timeUs() - eri.timeUs()) / DAY_US;
        }
    }

    private static PumpSimulator pump(long rateNlPerDay, long spentPpm) {
        return PumpSimulator.create(SimulationSetup.inService(
                        PumpProfile.synchroMed40ml(),
                        7,
                        RESERVOIR_NL,
                        Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, rateNlPerDay))
                .withBatteryDepthOfDischargePpm(spentPpm));
    }

    /** Runs until EOS (at most 12 years), refilling whenever 25 mL have been used. */
    private static Life runToEos(long rateNlPerDay, long spentPpm) {
        PumpSimulator sim = pump(rateNlPerDay, spentPpm);
        long refillEveryUs = 25_000_000L * DAY_US / rateNlPerDay;
        long nextRefillUs = refillEveryUs;
        while (Pumps.firstEvent(sim, EventType.BATTERY_EOS) == null && sim.nowUs() < 12 * 366 * DAY_US) {
            sim.schedule(nextRefillUs, PumpCommand.Refill.ofReservoir(REFILL_NL, MORPHINE_25_MG_PER_ML, 0));
            sim.runUntil(nextRefillUs + HOUR_US);
            nextRefillUs += refillEveryUs;
        }
        PumpEvent eri = Pumps.firstEvent(sim, EventType.BATTERY_ERI);
        PumpEvent eos = Pumps.firstEvent(sim, EventType.BATTERY_EOS);
        assertNotNull(eri, "no ERI before " + sim.nowUs() / DAY_US + " days");
        assertNotNull(eos, "no EOS before " + sim.nowUs() / DAY_US + " days");
        assertTrue(
                Pumps.firstEvent(sim, EventType.RESERVOIR_LOW) == null,
                "refilled in time: the load stayed as programmed");
        return new Life(eri, eos);
    }

    @ParameterizedTest(name = "{0} nL/day")
    @CsvSource({"100000", "500000", "1500000", "5000000", "24000000"})
    @DisplayName("a new pump has at least 90 days from ERI to EOS at its programmed rate")
    void aNewPumpKeepsNinetyDaysAfterEri(long rateNlPerDay) {
        Life life = runToEos(rateNlPerDay, 0);
        assertTrue(
                life.eriToEosDays() >= 90,
                "ERI at day " + life.eri().timeUs() / DAY_US + ", EOS only " + life.eriToEosDays() + " days later");
    }

    @ParameterizedTest(name = "{0} nL/day, battery {1} ppm spent")
    @CsvSource({"100000, 850000", "500000, 850000", "1500000, 850000", "5000000, 700000", "24000000, 100000"})
    @DisplayName("an aged battery has at least 90 days from ERI to EOS at its programmed rate")
    void anAgedBatteryKeepsNinetyDaysAfterEri(long rateNlPerDay, long spentPpm) {
        // a pump set up late in its battery's life, with no history for the firmware to have counted:
        // as spent as it can be with ERI still ahead at its rate (85% is about six years at 0.5 mL/day;
        // at 24 mL/day ERI is due at about 17% spent, and a more spent cell cannot last 90 days at all,
        // see the next test)
        Life life = runToEos(rateNlPerDay, spentPpm);
        assertTrue(
                life.eriToEosDays() >= 90,
                "ERI at day " + life.eri().timeUs() / DAY_US + ", EOS only " + life.eriToEosDays() + " days later");
    }

    @Test
    @DisplayName("a battery too far spent for 90 days at its rate shows ERI at the first battery check")
    void aBatteryThatCannotLastNinetyDaysShowsEriAtOnce() {
        PumpSimulator sim = pump(24_000_000, 600_000); // about 46 days of charge left at 24 mL/day
        sim.runUntil(2 * HOUR_US);
        PumpEvent eri = Pumps.firstEvent(sim, EventType.BATTERY_ERI);
        assertNotNull(eri, "ERI at once: " + sim.events());
        assertEquals(0, eri.timeUs(), "the first check is at the start");
    }

    @Test
    @DisplayName(
            "raising the rate of a half-spent pump beyond what it can hold for 90 days shows ERI at the next check")
    void reprogrammingToAHighRateShowsEri() {
        PumpSimulator sim = pump(500_000, 500_000);
        sim.runUntil(DAY_US);
        assertTrue(
                Pumps.firstEvent(sim, EventType.BATTERY_ERI) == null, "no ERI at 0.5 mL/day with half the charge left");
        sim.schedule(
                DAY_US + 10 * 60_000_000L,
                new PumpCommand.Program(Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, 24_000_000)));
        sim.runUntil(DAY_US + 2 * HOUR_US);
        PumpEvent eri = Pumps.firstEvent(sim, EventType.BATTERY_ERI);
        assertNotNull(eri, "ERI after the rate rose: " + sim.events());
        assertEquals(DAY_US + HOUR_US, eri.timeUs(), "at the first battery check after the new prescription");
    }

    @Test
    @DisplayName("at 0.1 mL/day a new pump shows ERI no later than the design life less 90 days")
    void eriComesByTheEndOfTheDesignLife() {
        PumpProfile profile = PumpProfile.synchroMed40ml();
        long boundUs = profile.get(ProfileParameter.DESIGN_LIFE_US) - profile.get(ProfileParameter.ERI_TO_EOS_MIN_US);
        assertEquals((2_557L - 90) * DAY_US, boundUs, "84 months (2557 days) less 90 days");
        PumpSimulator sim = pump(100_000, 0);
        long refillEveryUs = 25_000_000L * DAY_US / 100_000;
        for (long t = refillEveryUs; t < boundUs; t += refillEveryUs) {
            sim.schedule(t, PumpCommand.Refill.ofReservoir(REFILL_NL, MORPHINE_25_MG_PER_ML, 0));
        }
        sim.runUntil(boundUs + HOUR_US);
        PumpEvent eri = Pumps.firstEvent(sim, EventType.BATTERY_ERI);
        assertNotNull(eri, "no ERI by day " + boundUs / DAY_US);
        assertTrue(eri.timeUs() <= boundUs, "ERI at day " + eri.timeUs() / DAY_US);
        assertTrue(
                eri.timeUs() > boundUs - DAY_US,
                "and not much earlier: the charge would last years more; ERI at day " + eri.timeUs() / DAY_US);
    }

    /** The same run skipped and stepped: same ERI event, same state hash. */
    private static void assertFastForwardAgrees(
            SimulationSetup setup, long programAtUs, long untilUs, long eriAtUs, String detail) {
        String hash = null;
        for (boolean fastForward : new boolean[] {true, false}) {
            PumpSimulator sim = PumpSimulator.create(setup);
            sim.setFastForward(fastForward);
            if (programAtUs >= 0) {
                sim.schedule(
                        programAtUs,
                        new PumpCommand.Program(
                                Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, 24_000_000)));
            }
            sim.runUntil(untilUs);
            PumpEvent eri = Pumps.firstEvent(sim, EventType.BATTERY_ERI);
            assertNotNull(eri, "fast-forward " + fastForward + ": " + sim.events());
            assertEquals(eriAtUs, eri.timeUs(), "fast-forward " + fastForward);
            assertTrue(eri.detail().startsWith(detail), eri.detail());
            if (hash == null) {
                hash = sim.stateHash();
            } else {
                assertEquals(hash, sim.stateHash(), "skipped and stepped runs end in the same state");
            }
        }
    }

    @Test
    @DisplayName("fast-forward stops on the battery check that finds too little service left, and changes nothing")
    void fastForwardMeetsTheReserveDecision() {
        SimulationSetup setup = SimulationSetup.inService(
                        PumpProfile.synchroMed20ml(),
                        3,
                        20_000_000,
                        Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, 500_000))
                .withBatteryDepthOfDischargePpm(500_000);
        assertFastForwardAgrees(setup, 90 * 60_000_000L, 4 * HOUR_US, 2 * HOUR_US, "service left at 24000000 nL/day");
    }

    @Test
    @DisplayName("fast-forward stops on the battery check at the end of the design life, and changes nothing")
    void fastForwardMeetsTheDesignLifeDecision() {
        PumpProfile profile = PumpProfile.synchroMed20ml()
                .with(
                        ProfileParameter.DESIGN_LIFE_US,
                        ProfileParameter.ERI_TO_EOS_MIN_US.defaultValue() + 150 * 60_000_000L);
        SimulationSetup setup = SimulationSetup.inService(
                profile, 4, 20_000_000, Prescription.continuous("morphine", MORPHINE_25_MG_PER_ML, 500_000));
        assertFastForwardAgrees(setup, -1, 4 * HOUR_US, 3 * HOUR_US, "design life");
    }
}
