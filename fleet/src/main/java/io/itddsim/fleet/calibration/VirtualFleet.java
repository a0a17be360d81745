package io.itddsim.fleet.calibration;

import io.itddsim.fleet.plan.BatteryAge;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.fleet.plan.PumpPlanner;
import io.itddsim.fleet.random.Draws;
import io.itddsim.fleet.spec.CohortSpec;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.fleet.spec.Onset;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many virtual pumps of one cohort for the fits: each pump's therapy, age at entry and drop-out as
 * the planner draws them, and, per mechanism, the draws that do not depend on the numbers being
 * fitted (the onset's exponential and the parameters). A candidate onset probability or hazard
 * ratio then turns into onset ages by arithmetic alone, on the same random numbers each time, so a
 * search sees a smooth function of its unknowns.
 */
final class VirtualFleet {
    /** Seed of the virtual pumps: apart from any study's. */
    static final long FIT_SEED = 0x5eed_f1e1dL;

    record Pump(
            long rateNlPerDay, boolean offLabel, String drug, PumpProfile profile, long entryAgeUs, long dropoutUs) {
        /** Battery depth of discharge gained per microsecond at this rate (as {@link BatteryAge}). */
        double dodPpmPerUs() {
            return 1e6 / BatteryAge.endOfServiceAgeUs(profile, rateNlPerDay);
        }

        long endOfServiceAgeUs() {
            return BatteryAge.endOfServiceAgeUs(profile, rateNlPerDay);
        }
    }

    /** One virtual pump's draws for one mechanism. */
    record Sample(double exponential, Map<String, Long> parameters) {}

    final List<Pump> pumps;

    private VirtualFleet(List<Pump> pumps) {
        this.pumps = pumps;
    }

    /** Follow-up of the virtual pumps: long enough that every drop-out time is drawn. */
    private static final long LONG_FOLLOW_UP_US = 40 * 36_525L * 864_000_000L;

    /** {@code n} pumps drawn as {@code cohort}'s are. */
    static VirtualFleet of(FleetSpec template, CohortSpec cohort, int n) {
        CohortSpec big = new CohortSpec(
                cohort.name(),
                n,
                cohort.profile(),
                LONG_FOLLOW_UP_US,
                cohort.implantAgeUs(),
                cohort.dropoutPerYear(),
                cohort.refillIntervalUs(),
                0,
                cohort.drugs(),
                Map.of(),
                cohort.fieldReference(),
                null); // only drawn, never run: a patient would change nothing here
        FleetSpec virtual =
                new FleetSpec("fit", "fit", FIT_SEED, template.nonRecoverableAfterUs(), List.of(), List.of(big));
        PumpPlanner planner = new PumpPlanner(virtual);
        List<Pump> out = new ArrayList<>(n);
        for (int id = 0; id < n; id++) {
            PumpPlan p = planner.plan(id);
            out.add(new Pump(
                    p.rateNlPerDay(),
                    p.offLabel(),
                    p.drug(),
                    p.runPlan().setup().profile(),
                    p.implantAgeUs(),
                    p.droppedOut() ? p.followUpUs() : Long.MAX_VALUE));
        }
        return new VirtualFleet(out);
    }

    int size() {
        return pumps.size();
    }

    double offLabelShare() {
        return pumps.stream().filter(Pump::offLabel).count() / (double) pumps.size();
    }

    /** Each virtual pump's draws for {@code m}, from the fit's own streams. */
    List<Sample> samples(MechanismSpec m) {
        List<Sample> out = new ArrayList<>(pumps.size());
        for (int i = 0; i < pumps.size(); i++) {
            Draws.Stream r = new Draws(FIT_SEED, i).stream("fit/" + m.name());
            double e = r.exponential();
            TreeMap<String, Long> params = new TreeMap<>();
            m.parameters().forEach((k, d) -> params.put(k, d.draw(r)));
            out.add(new Sample(e, params));
        }
        return out;
    }

    /**
     * Age at a lasting stall of pump {@code i} from {@code m} (its draws {@code x}), with on-label
     * onset probability {@code p} and hazard ratio {@code hr} on top of the mechanism's own for the
     * pump's drug; {@link Double#POSITIVE_INFINITY} if it never stalls. Onset as the planner draws it
     * ({@link Onset#drawAgeUs}): after the pump's age at entry.
     */
    double stallAgeUs(MechanismSpec m, Sample x, int i, double p, double hr) {
        Pump v = pumps.get(i);
        Onset onset =
                new Onset(m.onset().shape(), p, m.onset().byUs(), m.onset().earliestUs());
        double ratio = hr * m.drugHazardRatios().getOrDefault(v.drug(), 1.0);
        double h = onset.cumulativeHazard(v.entryAgeUs()) + x.exponential() / ratio;
        double age = onset.earliestUs() + onset.scaleDays() * 86_400e6 * Math.pow(h, 1.0 / onset.shape());
        long dod = (long) Math.min(1_000_000, age * v.dodPpmPerUs());
        long delay = StallDelay.delayUs(m.fault(), x.parameters(), v.offLabel(), dod, v.profile());
        return delay == StallDelay.NEVER ? Double.POSITIVE_INFINITY : age + delay;
    }
}
