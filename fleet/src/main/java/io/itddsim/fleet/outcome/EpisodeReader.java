package io.itddsim.fleet.outcome;

import io.itddsim.bench.run.PatientRecord;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Syndrome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the episodes of overdose and withdrawal from a run's patient record (its grade changes, in
 * order) and ties each to what was acting on the pump at its onset. The therapeutic effect is not
 * read: its grade may step between partial and full relief at every grid instant for a patient
 * whose steady level sits on a threshold, and its loss shows as a withdrawal anyway.
 */
final class EpisodeReader {
    private EpisodeReader() {}

    /**
     * The episodes, in order of onset; empty for a run without a patient.
     *
     * @param eosUs when the pump reached battery end of service, or -1
     */
    static List<PatientEpisode> read(Optional<PatientRecord> patient, List<MechanismOutcome> mechanisms, long eosUs) {
        if (patient.isEmpty()) {
            return List.of();
        }
        List<PatientEpisode> out = new ArrayList<>();
        Map<Syndrome, long[]> open = new EnumMap<>(Syndrome.class); // start, worst grade
        for (ClinicalTransition t : patient.get().transitions()) {
            if (t.syndrome() == Syndrome.THERAPEUTIC_EFFECT) {
                continue;
            }
            long[] episode = open.get(t.syndrome());
            if (t.toGrade() > 0) {
                if (episode == null) {
                    open.put(t.syndrome(), new long[] {t.timeUs(), t.toGrade()});
                } else {
                    episode[1] = Math.max(episode[1], t.toGrade());
                }
            } else if (episode != null) {
                out.add(episode(t.syndrome(), episode[0], t.timeUs(), (int) episode[1], mechanisms, eosUs));
                open.remove(t.syndrome());
            }
        }
        open.forEach((s, e) -> out.add(episode(s, e[0], -1, (int) e[1], mechanisms, eosUs)));
        out.sort(java.util.Comparator.comparingLong(PatientEpisode::startUs).thenComparing(PatientEpisode::syndrome));
        return out;
    }

    private static PatientEpisode episode(
            Syndrome s, long startUs, long endUs, int worst, List<MechanismOutcome> mechanisms, long eosUs) {
        boolean overdose = s == Syndrome.OPIOID_OVERDOSE;
        MechanismOutcome cause = null;
        for (MechanismOutcome m : mechanisms) {
            boolean fits = overdose
                    ? m.effect() == Effect.OVER_DELIVERY
                    : m.effect() == Effect.STALL || m.effect() == Effect.UNDER_DELIVERY || m.effect() == Effect.BATTERY;
            boolean acting = m.activeFromUs() <= startUs && (m.activeToUs() < 0 || m.activeToUs() >= startUs);
            if (fits && acting && (cause == null || m.activeFromUs() < cause.activeFromUs())) {
                cause = m;
            }
        }
        String key = s.key();
        if (cause != null) {
            long from = cause.therapyLossFromUs() >= 0 ? cause.therapyLossFromUs() : cause.activeFromUs();
            boolean noticed = cause.detected() && cause.detectedUs() <= startUs;
            return new PatientEpisode(key, startUs, endUs, worst, cause.name(), from, noticed);
        }
        if (!overdose && eosUs >= 0 && eosUs <= startUs) {
            return new PatientEpisode(key, startUs, endUs, worst, PatientEpisode.END_OF_SERVICE, eosUs, true);
        }
        return new PatientEpisode(key, startUs, endUs, worst, PatientEpisode.NONE, -1, false);
    }
}
