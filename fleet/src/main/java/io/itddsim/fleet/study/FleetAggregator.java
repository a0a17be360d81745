package io.itddsim.fleet.study;

import io.itddsim.fleet.outcome.MechanismOutcome;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.spec.CohortSpec;
import io.itddsim.fleet.spec.FleetSpec;
import io.itddsim.fleet.spec.MechanismSpec;
import io.itddsim.fleet.stats.KaplanMeier;
import io.itddsim.fleet.stats.Rates;
import io.itddsim.fleet.stats.Summary;
import io.itddsim.fleet.stats.SurvivalCurve;
import io.itddsim.sim.fault.FaultKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reduces pump outcomes to a study's aggregates. The outcomes are sorted by pump id first and every
 * sum runs in that order, so the result is the same bit for bit whichever workers produced the
 * outcomes and in whatever order they arrived (floating-point addition is not associative).
 */
public final class FleetAggregator {
    static final double US_PER_DAY = 86_400e6;
    static final double US_PER_YEAR = FieldFigures.DAYS_PER_YEAR * US_PER_DAY;

    private FleetAggregator() {}

    public static FleetResult aggregate(FleetSpec spec, List<PumpOutcome> outcomes) {
        List<PumpOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingInt(PumpOutcome::id));
        Map<String, FaultKind> faultOf = new HashMap<>();
        for (MechanismSpec m : spec.mechanisms()) {
            faultOf.put(m.name(), m.fault());
        }
        List<CohortResult> cohorts = new ArrayList<>();
        double years = 0;
        for (CohortSpec c : spec.cohorts()) {
            List<PumpOutcome> mine =
                    sorted.stream().filter(o -> o.cohort().equals(c.name())).toList();
            CohortResult r = cohort(c, spec.mechanisms(), faultOf, mine);
            cohorts.add(r);
            years += r.patientYears();
        }
        return new FleetResult(
                spec.name(),
                spec.source(),
                spec.seed(),
                sorted.size(),
                years,
                cohorts,
                FieldComparison.checks(cohorts));
    }

    private static CohortResult cohort(
            CohortSpec c, List<MechanismSpec> mechanisms, Map<String, FaultKind> faultOf, List<PumpOutcome> pumps) {
        double years = 0;
        int failures = 0;
        int anyStall = 0;
        int offLabel = 0;
        long checks = 0;
        long flagged = 0;
        long annunciations = 0;
        long resets = 0;
        int eri = 0;
        double programmed = 0;
        double intrathecal = 0;
        double elsewhere = 0;
        TreeMap<String, Integer> causes = new TreeMap<>();
        TreeMap<String, Integer> byFault = new TreeMap<>();
        TreeMap<String, Integer> catheterStalls = new TreeMap<>();
        TreeMap<String, Integer> alarms = new TreeMap<>();
        TreeMap<String, Integer> exits = new TreeMap<>();
        List<KaplanMeier.Subject> all = new ArrayList<>();
        List<KaplanMeier.Subject> on = new ArrayList<>();
        List<KaplanMeier.Subject> off = new ArrayList<>();
        for (PumpOutcome o : pumps) {
            years += (o.exitAgeUs() - o.entryAgeUs()) / US_PER_YEAR;
            offLabel += o.offLabel() ? 1 : 0;
            anyStall += o.stalls() > 0 ? 1 : 0;
            if (o.failed()) {
                failures++;
                causes.merge(o.failureCause(), 1, Integer::sum);
                byFault.merge(causeGroup(faultOf.get(o.failureCause())), 1, Integer::sum);
            }
            if (!o.catheterStallCause().isEmpty()) {
                catheterStalls.merge(o.catheterStallCause(), 1, Integer::sum);
            }
            checks += o.refillChecks();
            flagged += o.refillsFlagged();
            annunciations += o.annunciations();
            resets += o.lowBatteryResets();
            eri += o.eriAgeUs() >= 0 ? 1 : 0;
            programmed += o.programmedNl() / 1e6;
            intrathecal += o.intrathecalNl() / 1e6;
            elsewhere += o.elsewhereNl() / 1e6;
            o.alarmsRaised().forEach((k, v) -> alarms.merge(k, v, Integer::sum));
            exits.merge(o.exit().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            KaplanMeier.Subject s =
                    new KaplanMeier.Subject(o.entryAgeUs() / US_PER_DAY, o.exitAgeUs() / US_PER_DAY, o.failed());
            all.add(s);
            (o.offLabel() ? off : on).add(s);
        }
        TreeMap<String, SurvivalCurve> curves = new TreeMap<>();
        curves.put("all", KaplanMeier.estimate(all));
        if (!on.isEmpty()) {
            curves.put("on-label", KaplanMeier.estimate(on));
        }
        if (!off.isEmpty()) {
            curves.put("off-label", KaplanMeier.estimate(off));
        }
        List<MechanismStats> stats = new ArrayList<>();
        for (MechanismSpec m : mechanisms) {
            stats.add(mechanism(m, pumps, causes.getOrDefault(m.name(), 0)));
        }
        return new CohortResult(
                c.name(),
                c.fieldReference(),
                pumps.size(),
                offLabel,
                years,
                failures,
                Rates.proportion(failures, pumps.size()),
                Rates.proportion(anyStall, pumps.size()),
                Rates.poisson(failures, years),
                curves,
                causes,
                byFault,
                catheterStalls,
                stats,
                checks,
                flagged,
                alarms,
                annunciations,
                exits,
                eri,
                resets,
                programmed,
                intrathecal,
                elsewhere,
                (int) pumps.stream().filter(PumpOutcome::hasPatient).count(),
                EpisodeAggregator.aggregate(pumps));
    }

    /** The field's cause groups (DOMAIN.md 4): shaft wear, feedthrough short, gear corrosion, other. */
    static String causeGroup(FaultKind fault) {
        if (fault == null) {
            return "other";
        }
        return switch (fault) {
            case SHAFT_WEAR -> "shaft_wear";
            case FEEDTHROUGH_SHORT -> "feedthrough_short";
            case GEAR_CORROSION -> "gear_corrosion";
            default -> "other";
        };
    }

    private static MechanismStats mechanism(MechanismSpec m, List<PumpOutcome> pumps, int failures) {
        int armed = 0;
        int detected = 0;
        TreeMap<String, Integer> by = new TreeMap<>();
        List<Double> latency = new ArrayList<>();
        List<Double> untilDetected = new ArrayList<>();
        List<Double> untilVisit = new ArrayList<>();
        for (PumpOutcome o : pumps) {
            for (MechanismOutcome r : o.mechanisms()) {
                if (!r.name().equals(m.name())) {
                    continue;
                }
                armed++;
                if (r.detected()) {
                    detected++;
                    by.merge(r.detectedBy(), 1, Integer::sum);
                    latency.add(r.detectionLatencyUs() / US_PER_DAY);
                }
                if (r.therapyLossFromUs() >= 0) {
                    untilDetected.add(r.lostUntilDetectedUs() / US_PER_DAY);
                    untilVisit.add(r.lostUntilVisitUs() / US_PER_DAY);
                }
            }
        }
        return new MechanismStats(
                m.name(),
                m.fault().key(),
                io.itddsim.fleet.outcome.Effect.of(m.fault()),
                armed,
                detected,
                by,
                Summary.of(toArray(latency)),
                Summary.of(toArray(untilDetected)),
                Summary.of(toArray(untilVisit)),
                failures);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
