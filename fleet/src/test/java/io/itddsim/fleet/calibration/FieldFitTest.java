package io.itddsim.fleet.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.sim.fault.FaultKind;
import org.junit.jupiter.api.Test;

/**
 * The bundled study's stall numbers are what the fit gives: refitted here on a smaller virtual fleet
 * (20,000 pumps; the bundled numbers came from 200,000), they agree within the smaller fleet's
 * sampling noise.
 */
class FieldFitTest {

    @Test
    void theBundledNumbersAreTheFitsOnes() {
        FleetSpec study = TestFleets.load(TestFleets.bundled("field-study.yaml"));
        FieldFit.Fitted f = FieldFit.fit(study, 20_000);
        assertEquals(0.30, f.offLabelShare(), 0.01);
        assertEquals(probability(study, FaultKind.SHAFT_WEAR), f.wearProbability(), 0.15 * f.wearProbability());
        assertEquals(
                FieldFit.only(study, FaultKind.SHAFT_WEAR).offLabelHazardRatio(),
                f.wearOffLabelHazardRatio(),
                0.15 * f.wearOffLabelHazardRatio());
        // closed form: no sampling noise
        assertEquals(probability(study, FaultKind.FEEDTHROUGH_SHORT), f.shortProbability(), 0.0002);
        assertEquals(probability(study, FaultKind.MOTOR_STALL_PERMANENT), f.particleProbability(), 0.0002);
        assertEquals(
                probability(study, FaultKind.GEAR_CORROSION), f.corrosionProbability(), 0.5 * f.corrosionProbability());
    }

    private static double probability(FleetSpec s, FaultKind k) {
        MechanismSpec m = FieldFit.only(s, k);
        return m.onset().probability();
    }
}
