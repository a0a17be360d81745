package io.itddsim.fleet.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultSchedule;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calibration's stall delays are the emulator's: measured again here on short runs. */
class StallDelayTest {
    private static final long DAY = 86_400_000_000L;
    private static final PumpProfile PROFILE = PumpProfile.synchroMed40ml();

    /** Day of the first stall of a pump with {@code fault} armed on day 1, or -1. */
    private static double firstStallDay(FaultSpec fault, long dodPpm, long days) {
        SimulationSetup setup = SimulationSetup.inService(
                        PROFILE, 3, 40_000_000, Prescription.continuous("morphine", 25_000, 400_000))
                .withBatteryDepthOfDischargePpm(dodPpm);
        RunResult r = ScenarioRunner.run(
                RunPlan.of("delay", setup, days * DAY).withFaults(List.of(fault)),
                RunOptions.DEFAULT,
                ProgressListener.NONE);
        return r.events().stream()
                .filter(e -> e.type() == EventType.MOTOR_STALL)
                .mapToDouble(PumpEvent::timeUs)
                .map(t -> t / DAY)
                .findFirst()
                .orElse(-1);
    }

    private static FaultSpec wear(long rate) {
        return FaultSpec.of(FaultKind.SHAFT_WEAR, FaultSchedule.at(DAY)).with("rate_ppm_per_day", rate);
    }

    @Test
    void wearStallsANewPumpWhenTheMarginIsUsedUp() {
        Map<String, Long> p = Map.of("rate_ppm_per_day", 100_000L);
        double predicted = 1 + StallDelay.delayUs(FaultKind.SHAFT_WEAR, p, false, 0, PROFILE) / (double) DAY;
        assertEquals(predicted, firstStallDay(wear(100_000), 0, 40), 0.1);
    }

    @Test
    void wearStallsSoonerWhenTheBatteryIsSpent() {
        Map<String, Long> p = Map.of("rate_ppm_per_day", 100_000L);
        double predicted = 1
                + StallDelay.delayUs(FaultKind.SHAFT_WEAR, p, false, StallDelay.SPENT_DOD_PPM, PROFILE) / (double) DAY;
        assertEquals(predicted, firstStallDay(wear(100_000), StallDelay.SPENT_DOD_PPM, 40), 0.1);
    }

    @Test
    void aShortAboveTheThresholdStallsAtOnceAndOneBelowDoesNot() {
        FaultSpec strong = FaultSpec.of(FaultKind.FEEDTHROUGH_SHORT, FaultSchedule.at(DAY))
                .with("torque_loss_ppm", StallDelay.SHORT_LOSS_TO_STALL_PPM);
        FaultSpec mild = strong.with("torque_loss_ppm", StallDelay.SHORT_LOSS_TO_STALL_PPM - 20_000);
        assertEquals(1.0, firstStallDay(strong, 0, 2), 0.01);
        assertEquals(-1, firstStallDay(mild, 0, 2));
        assertTrue(StallDelay.delayUs(
                        FaultKind.FEEDTHROUGH_SHORT,
                        Map.of("torque_loss_ppm", StallDelay.SHORT_LOSS_TO_STALL_PPM - 20_000L),
                        false,
                        0,
                        PROFILE)
                == StallDelay.NEVER);
    }
}
