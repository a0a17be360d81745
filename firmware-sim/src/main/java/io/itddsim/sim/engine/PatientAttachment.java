package io.itddsim.sim.engine;

import io.itddsim.sim.firmware.Therapy;
import io.itddsim.sim.patient.Patient;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;
import java.util.List;

/**
 * Builds the patient a setup describes, downstream of the pump's catheter: its drug is the
 * prescription's, and its starting steady state (and, unless the setup says otherwise, its
 * adaptation) is that of the starting prescription's mean daily dose of the reservoir's true
 * contents. The patient itself knows nothing of prescriptions.
 */
final class PatientAttachment {
    private PatientAttachment() {}

    /** The setup's patient, or null when it has none. */
    static Patient create(SimulationSetup setup, long tickUs) {
        if (setup.patient() == null) {
            return null;
        }
        long dosePgPerDay = Math.multiplyExact(
                meanRateNlPerDay(setup.prescription().therapy()), setup.reservoirConcentrationUgPerMl());
        return Patient.create(setup.patient(), setup.prescription().drug(), dosePgPerDay, tickUs);
    }

    /** The therapy's rate averaged over a day (1 ug/mL is 1 pg/nL, so nL/day x ug/mL is pg/day). */
    static long meanRateNlPerDay(Therapy therapy) {
        if (therapy instanceof Therapy.Continuous c) {
            return c.rateNlPerDay();
        }
        if (therapy instanceof Therapy.Flex f) {
            return flexMean(f.steps());
        }
        return 0; // stopped
    }

    /** Each step's rate weighted by how long it holds; the last holds past midnight into the first. */
    private static long flexMean(List<Therapy.FlexStep> steps) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            long start = steps.get(i).startTimeOfDayUs();
            long end = i + 1 < steps.size()
                    ? steps.get(i + 1).startTimeOfDayUs()
                    : steps.get(0).startTimeOfDayUs() + PumpProfile.US_PER_DAY;
            sum = sum.add(BigInteger.valueOf(steps.get(i).rateNlPerDay()).multiply(BigInteger.valueOf(end - start)));
        }
        return sum.divide(BigInteger.valueOf(PumpProfile.US_PER_DAY)).longValueExact();
    }
}
