package io.itddsim.sim.plant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.PumpProfile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The motor and battery physics exist twice, a plain path for a sound pump and a fault-aware path
 * beside it, for speed (docs/PERFORMANCE.md). On a sound pump the two must agree to the bit; these
 * properties pin them together so that a change to one cannot silently drift from the other.
 */
class SoundAndFaultAwarePathsProperties {

    @Property(tries = 200)
    @Label("a sound battery's terminal voltage is the same on both paths, at any age, resistance and load")
    void batteryPathsAgree(
            @ForAll @LongRange(min = 0, max = 1_000_000) long depthOfDischargePpm,
            @ForAll @LongRange(min = 0, max = Battery.MAX_RESISTANCE_MOHM) long resistanceMilliOhm,
            @ForAll @LongRange(min = 0, max = 1_000_000) long loadUa) {
        Battery battery = new Battery(PumpProfile.synchroMed40ml(), depthOfDischargePpm);
        battery.setInternalResistanceMilliOhm(resistanceMilliOhm);
        assertEquals(battery.terminalMv(loadUa), battery.soundTerminalMv(loadUa));
    }

    @Property(tries = 200)
    @Label("a sound motor moves, or stalls, alike on both paths and counts its steps alike")
    void motorPathsAgree(
            @ForAll @LongRange(min = 0, max = 100_000_000) long loadTorqueNnm,
            @ForAll @LongRange(min = 0, max = 5_000) long terminalMv) {
        Plant plain = new Plant(PumpProfile.synchroMed40ml(), 0, 0);
        Plant aware = new Plant(PumpProfile.synchroMed40ml(), 0, 0);
        assertEquals(
                plain.motor().step(loadTorqueNnm, terminalMv), aware.motor().stepFaulted(loadTorqueNnm, terminalMv));
        assertEquals(plain.motor().stepsDriven(), aware.motor().stepsDriven());
        assertEquals(plain.motor().stepsMoved(), aware.motor().stepsMoved());
    }

    @Property(tries = 60)
    @Label("a sound plant driven step by step ends in the same state on both paths")
    void plantPathsAgree(
            @ForAll @IntRange(min = 1, max = 2_000) int steps,
            @ForAll @LongRange(min = -50_000, max = 50_000) long strokeGainPpm,
            @ForAll @LongRange(min = 0, max = 990_000) long depthOfDischargePpm,
            @ForAll @LongRange(min = 0, max = 40_000_000) long reservoirNl,
            @ForAll @LongRange(min = 0, max = 50_000) long concentrationUgPerMl) {
        Plant plain = plant(strokeGainPpm, depthOfDischargePpm, reservoirNl, concentrationUgPerMl);
        Plant aware = plant(strokeGainPpm, depthOfDischargePpm, reservoirNl, concentrationUgPerMl);
        long tickUs = PumpProfile.synchroMed40ml().tickUs();
        for (int i = 0; i < steps; i++) {
            plain.soundMotorStep();
            aware.faultedMotorStep(i * tickUs);
        }
        assertEquals(hash(plain), hash(aware));
    }

    private static Plant plant(long strokeGainPpm, long dodPpm, long reservoirNl, long concentrationUgPerMl) {
        Plant plant = new Plant(PumpProfile.synchroMed40ml(), strokeGainPpm, dodPpm);
        plant.reservoir().add(reservoirNl, concentrationUgPerMl);
        plant.catheter().fill(concentrationUgPerMl);
        return plant;
    }

    private static String hash(Plant plant) {
        StateDigest d = new StateDigest();
        d.add(plant);
        return d.hex();
    }
}
