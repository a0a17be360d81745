package io.itddsim.fleet.calibration;

import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.fleet.plan.PumpPlanner;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.study.FleetAggregator;
import io.itddsim.fleet.study.FleetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole study predicted from its pumps' draws ({@link Prediction}), aggregated and compared with
 * the field exactly as a run of the study is, in seconds instead of CPU hours. It shows whether a
 * fleet file's numbers are calibrated before the emulator is asked; the run then shows what the
 * emulator adds (the residuals in docs/FLEET.md).
 */
public final class FleetPrediction {
    private FleetPrediction() {}

    public static List<PumpOutcome> outcomes(FleetSpec spec) {
        PumpPlanner planner = new PumpPlanner(spec);
        List<PumpOutcome> out = new ArrayList<>(spec.size());
        for (int id = 0; id < spec.size(); id++) {
            PumpPlan plan = planner.plan(id);
            out.add(outcome(plan, Prediction.of(plan)));
        }
        return out;
    }

    public static FleetResult predict(FleetSpec spec) {
        return FleetAggregator.aggregate(spec, outcomes(spec));
    }

    static PumpOutcome outcome(PumpPlan plan, Prediction p) {
        boolean failed = p.failed();
        PumpOutcome.Exit exit;
        if (failed) {
            exit = PumpOutcome.Exit.FAILED;
        } else if (p.exitAgeUs() < plan.implantAgeUs() + plan.followUpUs()) {
            exit = PumpOutcome.Exit.BATTERY_END_OF_SERVICE;
        } else {
            exit = plan.droppedOut() ? PumpOutcome.Exit.DROPPED_OUT : PumpOutcome.Exit.END_OF_FOLLOW_UP;
        }
        Map<String, Integer> none = new TreeMap<>();
        return new PumpOutcome(
                plan.id(),
                plan.cohort(),
                plan.drug(),
                plan.offLabel(),
                plan.rateNlPerDay(),
                plan.implantAgeUs(),
                p.exitAgeUs(),
                exit,
                failed ? p.failureAgeUs() : -1,
                failed ? p.cause() : "",
                "", // the draws know no catheter stalls
                failed ? 1 : 0,
                0,
                0,
                0,
                new TreeMap<>(none),
                0,
                -1,
                0,
                0,
                0,
                0,
                List.of(),
                0, // no emulator run, so no patient
                List.of(),
                "predicted");
    }
}
