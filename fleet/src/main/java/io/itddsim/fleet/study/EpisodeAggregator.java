package io.itddsim.fleet.study;

import io.itddsim.fleet.outcome.PatientEpisode;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.stats.Summary;
import io.itddsim.sim.patient.Drug;
import io.itddsim.sim.patient.Syndrome;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reduces the patient episodes of a cohort's pumps, in pump-id order, to one {@link EpisodeStats}
 * per harmful state that the cohort's drugs can bring about. Pumps without a patient count nowhere.
 */
final class EpisodeAggregator {
    private EpisodeAggregator() {}

    static List<EpisodeStats> aggregate(List<PumpOutcome> pumps) {
        List<EpisodeStats> out = new ArrayList<>();
        for (Syndrome s : Syndrome.values()) {
            if (s == Syndrome.THERAPEUTIC_EFFECT) {
                continue;
            }
            EpisodeStats stats = syndrome(s, pumps);
            if (stats.patientsFollowed() > 0) {
                out.add(stats);
            }
        }
        return out;
    }

    private static EpisodeStats syndrome(Syndrome s, List<PumpOutcome> pumps) {
        int followed = 0;
        int affected = 0;
        int episodes = 0;
        int noticed = 0;
        int ongoing = 0;
        TreeMap<String, Integer> grades = new TreeMap<>();
        TreeMap<String, Integer> causes = new TreeMap<>();
        List<Double> onset = new ArrayList<>();
        List<Double> duration = new ArrayList<>();
        for (PumpOutcome o : pumps) {
            Drug drug = Drug.byName(o.drug());
            if (!o.hasPatient() || drug == null || !drug.drugClass().syndromes().contains(s)) {
                continue;
            }
            followed++;
            boolean any = false;
            for (PatientEpisode e : o.patientEpisodes()) {
                if (!e.syndrome().equals(s.key())) {
                    continue;
                }
                any = true;
                episodes++;
                grades.merge(Integer.toString(e.worstGrade()), 1, Integer::sum);
                causes.merge(e.cause(), 1, Integer::sum);
                noticed += e.pumpNoticedFirst() ? 1 : 0;
                if (e.causeFromUs() >= 0) {
                    onset.add((e.startUs() - e.causeFromUs()) / FleetAggregator.US_PER_DAY);
                }
                if (e.ongoing()) {
                    ongoing++;
                } else {
                    duration.add((e.endUs() - e.startUs()) / FleetAggregator.US_PER_DAY);
                }
            }
            affected += any ? 1 : 0;
        }
        return new EpisodeStats(
                s.key(),
                followed,
                affected,
                episodes,
                grades,
                causes,
                noticed,
                Summary.of(onset.stream().mapToDouble(Double::doubleValue).toArray()),
                Summary.of(duration.stream().mapToDouble(Double::doubleValue).toArray()),
                ongoing);
    }
}
