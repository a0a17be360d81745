package io.itddsim.trainer.drill;

import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Drug;
import io.itddsim.sim.patient.DrugClass;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated patient at a vignette's moment, as the trainer reads it (docs/PATIENT.md): what it
 * amounts to (overdose, withdrawal or neither), the signs at the bedside and the figures behind
 * them. The signs are the model's own words for each grade, without the name of the state, which
 * would give the answer away.
 *
 * <p>Facts: {@code signs}, {@code relief}, {@code state}, {@code weight_kg}, {@code csf_ng_per_ml},
 * {@code effect_ng_per_ml}; for opioids {@code rostral_ng_per_ml}; for drugs the patient adapts to
 * {@code tolerance_ng_per_ml}, {@code effect_pct_of_tolerance}, {@code withdrawal_drive_pct}; while
 * a sign shows {@code state_since} (its present grade) and {@code state_onset} (its first grade).
 */
final class PatientReading {
    private static final List<Syndrome> OVERDOSE = List.of(Syndrome.OPIOID_OVERDOSE);
    private static final List<Syndrome> WITHDRAWAL = List.of(Syndrome.OPIOID_WITHDRAWAL, Syndrome.BACLOFEN_WITHDRAWAL);

    private final PatientStatus status;
    private final List<ClinicalTransition> transitions;
    private final long overdoseFloorPpm;

    /**
     * @param status           the patient at the moment
     * @param transitions      its grade changes up to the moment
     * @param overdoseFloorPpm the share of its adapted level at which the model's first overdose
     *                         grade begins (opioid.overdose_grade_1_ppm); used to refuse a
     *                         "neither" for a drug whose overdose the model does not follow
     */
    PatientReading(PatientStatus status, List<ClinicalTransition> transitions, long overdoseFloorPpm) {
        this.status = status;
        this.transitions = List.copyOf(transitions);
        this.overdoseFloorPpm = overdoseFloorPpm;
    }

    /**
     * What the model's states amount to.
     *
     * @throws IllegalStateException when the model cannot answer the question: it follows neither
     *     overdose nor withdrawal for this drug, it shows both at once, or it cannot rule out an
     *     overdose it does not follow
     */
    Classification classification() {
        List<ClinicalState> overdose = present(OVERDOSE);
        List<ClinicalState> withdrawal = present(WITHDRAWAL);
        if (followed(OVERDOSE).isEmpty() && followed(WITHDRAWAL).isEmpty()) {
            throw new IllegalStateException(
                    "the patient model follows neither overdose nor withdrawal of " + status.drug());
        }
        if (!overdose.isEmpty() && !withdrawal.isEmpty()) {
            throw new IllegalStateException("the patient shows overdose and withdrawal at once (" + grades()
                    + "): a vignette needs one answer");
        }
        if (!overdose.isEmpty()) {
            return Classification.OVERDOSE;
        }
        if (!withdrawal.isEmpty()) {
            return Classification.WITHDRAWAL;
        }
        if (followed(OVERDOSE).isEmpty() && status.tolerancePgPerMl() > 0) {
            long sharePpm = status.effectSitePgPerMl() * 1_000_000L / status.tolerancePgPerMl();
            if (sharePpm >= overdoseFloorPpm) {
                throw new IllegalStateException("the patient model does not follow " + status.drug()
                        + " overdose, and the patient has " + sharePpm / 10_000
                        + "% of the drug it is adapted to at the effect site: the model cannot say 'neither'");
            }
        }
        return Classification.NEITHER;
    }

    /** Every followed state with its grade, e.g. "opioid_overdose 2, opioid_withdrawal 0". */
    String grades() {
        List<String> out = new ArrayList<>();
        for (ClinicalState s : status.states()) {
            if (s.syndrome() != Syndrome.THERAPEUTIC_EFFECT) {
                out.add(s.syndrome().key() + " " + s.grade());
            }
        }
        return String.join(", ", out);
    }

    Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("signs", signs());
        f.put("relief", relief());
        f.put("state", state());
        f.put("weight_kg", String.format(Locale.ROOT, "%d", Math.round(status.weightG() / 1000.0)));
        f.put("csf_ng_per_ml", ngPerMl(status.csfPgPerMl()));
        f.put("effect_ng_per_ml", ngPerMl(status.effectSitePgPerMl()));
        if (drugClass() == DrugClass.OPIOID) {
            f.put("rostral_ng_per_ml", ngPerMl(status.rostralPgPerMl()));
        }
        if (drugClass().adapts()) {
            f.put("tolerance_ng_per_ml", ngPerMl(status.tolerancePgPerMl()));
            f.put("withdrawal_drive_pct", Long.toString(Math.round(status.withdrawalDrivePpm() / 10_000.0)));
            if (status.tolerancePgPerMl() > 0) {
                f.put(
                        "effect_pct_of_tolerance",
                        Long.toString(Math.round(100.0 * status.effectSitePgPerMl() / status.tolerancePgPerMl())));
            }
        }
        worst().ifPresent(s -> {
            f.put("state_since", SimTimes.format(s.sinceUs()));
            f.put("state_onset", SimTimes.format(onset(s.syndrome())));
        });
        return f;
    }

    /** The present signs, or which signs are absent. */
    private String signs() {
        List<String> present = new ArrayList<>();
        for (ClinicalState s : adverse()) {
            if (s.present()) {
                present.add(s.signs());
            }
        }
        if (!present.isEmpty()) {
            return String.join("; ", present);
        }
        List<String> first = new ArrayList<>();
        adverse().forEach(s -> first.add(s.syndrome().signs(1)));
        return "none of these signs: " + String.join(", ", first);
    }

    private String relief() {
        return switch (status.grade(Syndrome.THERAPEUTIC_EFFECT)) {
            case 0 -> "none";
            case 1 -> "partial";
            default -> "full";
        };
    }

    private String state() {
        return worst().map(s -> name(s.syndrome()) + ", grade " + s.grade() + " of "
                        + s.syndrome().maxGrade() + " (" + s.signs() + ")")
                .orElseGet(() -> "no "
                        + String.join(
                                " or ",
                                adverse().stream().map(s -> name(s.syndrome())).toList())
                        + " (grade 0)");
    }

    private static String name(Syndrome s) {
        return s.key().replace('_', ' ');
    }

    /** The present adverse state of highest grade. */
    private Optional<ClinicalState> worst() {
        return adverse().stream().filter(ClinicalState::present).reduce((a, b) -> b.grade() > a.grade() ? b : a);
    }

    /** When the state last began (went from grade 0 to a sign), as of the moment. */
    private long onset(Syndrome syndrome) {
        long at = 0;
        for (ClinicalTransition t : transitions) {
            if (t.syndrome() == syndrome && t.onset() && t.timeUs() <= status.asOfUs()) {
                at = t.timeUs();
            }
        }
        return at;
    }

    private List<ClinicalState> adverse() {
        return status.states().stream()
                .filter(s -> s.syndrome() != Syndrome.THERAPEUTIC_EFFECT)
                .toList();
    }

    private List<ClinicalState> followed(List<Syndrome> which) {
        return status.states().stream()
                .filter(s -> which.contains(s.syndrome()))
                .toList();
    }

    private List<ClinicalState> present(List<Syndrome> which) {
        return followed(which).stream().filter(ClinicalState::present).toList();
    }

    private DrugClass drugClass() {
        return Drug.byName(status.drug()).drugClass();
    }

    /** pg/mL as ng/mL, with about three significant figures. */
    static String ngPerMl(long pgPerMl) {
        double ng = pgPerMl / 1000.0;
        if (ng >= 100) {
            return String.format(Locale.ROOT, "%,.0f", ng);
        }
        if (ng >= 10) {
            return String.format(Locale.ROOT, "%.1f", ng);
        }
        if (ng >= 1) {
            return String.format(Locale.ROOT, "%.2f", ng);
        }
        return String.format(Locale.ROOT, "%.3f", ng);
    }
}
