package io.itddsim.fleet.calibration;

import io.itddsim.fleet.plan.BatteryAge;
import io.itddsim.fleet.plan.MechanismDraw;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.sim.profile.PumpProfile;

/**
 * What a pump's draws predict without running it: its first lasting stall (the earliest onset plus
 * {@link StallDelay} over its stall mechanisms) and the age at which its battery runs out. For
 * checking a fleet file's calibration in seconds before spending the CPU hours of a study
 * ({@code itdd fleet predict}); the study itself runs the emulator.
 *
 * @param failureAgeUs predicted age at the first lasting stall, or {@link Long#MAX_VALUE}
 * @param cause        the mechanism that causes it, or empty
 * @param exitAgeUs    predicted age at leaving the study: failure, battery end of service, drop-out or
 *                     the end of follow-up
 */
public record Prediction(long failureAgeUs, String cause, long exitAgeUs) {

    public boolean failed() {
        return failureAgeUs != Long.MAX_VALUE && failureAgeUs <= exitAgeUs;
    }

    public static Prediction of(PumpPlan plan) {
        PumpProfile profile = plan.runPlan().setup().profile();
        long failure = Long.MAX_VALUE;
        String cause = "";
        for (MechanismDraw m : plan.mechanisms()) {
            if (m.onsetAgeUs() == Long.MAX_VALUE || !StallDelay.stalls(m.fault())) {
                continue;
            }
            long dod = BatteryAge.spentPpm(profile, plan.rateNlPerDay(), m.onsetAgeUs(), 1_000_000);
            long delay = StallDelay.delayUs(m.fault(), m.parameters(), plan.offLabel(), dod, profile);
            if (delay == StallDelay.NEVER) {
                continue;
            }
            long at = m.onsetAgeUs() + delay;
            if (at < failure) {
                failure = at;
                cause = m.name();
            }
        }
        long exit = plan.implantAgeUs() + plan.followUpUs();
        exit = Math.min(exit, BatteryAge.endOfServiceAgeUs(profile, plan.rateNlPerDay()));
        exit = Math.max(exit, plan.implantAgeUs());
        if (failure <= exit) {
            return new Prediction(failure, cause, failure);
        }
        return new Prediction(Long.MAX_VALUE, "", exit);
    }
}
