package io.itddsim.fleet.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.fleet.TestFleets;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.study.FieldCheck;
import io.itddsim.fleet.study.FleetResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled study's draws reproduce the field (docs/FLEET.md, "Calibration"): predicted from every
 * one of its 10,000 pumps' draws with the emulator's stall delays, the 6-year survival by label lies
 * in its 95% interval, the causes within the stated tolerance, and Galica's centre shows its
 * prevalence and incidence. The 78-month figures conflict with the 6-year ones and are reported,
 * not required.
 */
class BundledStudyCalibrationTest {
    private static final FleetSpec STUDY = TestFleets.load(TestFleets.bundled("field-study.yaml"));

    @Test
    void theBundledStudysDrawsReproduceTheFieldsFigures() {
        FleetResult predicted = FleetPrediction.predict(STUDY);
        List<FieldCheck> checks = predicted.checks();
        assertEquals(10, checks.size());
        for (FieldCheck c : checks) {
            if (c.quantity().startsWith("failed at 78 months")) {
                continue;
            }
            assertTrue(
                    c.reproduced(),
                    c.cohort() + ": " + c.quantity() + ": field " + c.field() + ", predicted " + c.simulated());
        }
    }
}
