package io.itddsim.bench.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.PatientStatus;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The patient part of a report (docs/PATIENT.md): concentrations sampled over the run, the
 * clinical states with the times they changed, and the patient at the end. Concentrations are
 * exact decimals in ng/mL, computed from the model's integer pg/mL.
 */
final class PatientReport {
    private PatientReport() {}

    /** {@code patient}: present only when the run has a patient. */
    static void putJson(ObjectNode o, RunResult r) {
        if (r.patient().isEmpty()) {
            return;
        }
        PatientRecord record = r.patient().get();
        PatientStatus end = r.end().patient().orElseThrow();
        ObjectNode p = o.putObject("patient");
        p.put("drug", end.drug());
        p.put("weight_kg", decimal(end.weightG(), 3));
        p.put("grid_us", record.gridUs());
        p.put("sample_interval_us", record.sampleIntervalUs());
        ArrayNode samples = p.putArray("samples");
        for (PatientStatus s : record.samples()) {
            ObjectNode n = samples.addObject();
            n.put("t_us", s.asOfUs());
            putConcentrations(n, s);
            ObjectNode grades = n.putObject("grades");
            for (ClinicalState c : s.states()) {
                grades.put(c.syndrome().key(), c.grade());
            }
        }
        ArrayNode transitions = p.putArray("transitions");
        for (ClinicalTransition t : record.transitions()) {
            ObjectNode n = transitions.addObject();
            n.put("t_us", t.timeUs());
            n.put("state", t.syndrome().key());
            n.put("from_grade", t.fromGrade());
            n.put("to_grade", t.toGrade());
            n.put("signs", t.syndrome().signs(t.toGrade()));
        }
        ObjectNode last = p.putObject("end");
        last.put("t_us", end.asOfUs());
        putConcentrations(last, end);
        ArrayNode states = last.putArray("states");
        for (ClinicalState c : end.states()) {
            ObjectNode n = states.addObject();
            n.put("state", c.syndrome().key());
            n.put("grade", c.grade());
            n.put("since_us", c.sinceUs());
            n.put("signs", c.signs());
        }
    }

    private static void putConcentrations(ObjectNode n, PatientStatus s) {
        n.put("csf_ng_per_ml", ngPerMl(s.csfPgPerMl()));
        n.put("effect_site_ng_per_ml", ngPerMl(s.effectSitePgPerMl()));
        n.put("rostral_ng_per_ml", ngPerMl(s.rostralPgPerMl()));
        n.put("tolerance_ng_per_ml", ngPerMl(s.tolerancePgPerMl()));
        n.put("withdrawal_drive_ppm", s.withdrawalDrivePpm());
    }

    static BigDecimal ngPerMl(long pgPerMl) {
        return decimal(pgPerMl, 3);
    }

    /** {@code unscaled / 10^scale}, without trailing zeros and never in exponent form (70, not 7E+1). */
    private static BigDecimal decimal(long unscaled, int scale) {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A "Patient" summary and the course of its clinical states; nothing without a patient. */
    static void appendText(StringBuilder b, RunResult r) {
        if (r.patient().isEmpty()) {
            return;
        }
        PatientStatus end = r.end().patient().orElseThrow();
        b.append('\n')
                .append(String.format(
                        Locale.ROOT,
                        "Patient (simulated; a training model, not a clinical tool): %s, %s kg%n",
                        end.drug(),
                        BigDecimal.valueOf(end.weightG(), 3)
                                .stripTrailingZeros()
                                .toPlainString()));
        b.append(String.format(
                Locale.ROOT,
                "  at end         CSF %s ng/mL, effect site %s ng/mL, rostral %s ng/mL, adapted to %s ng/mL%n",
                ngPerMl(end.csfPgPerMl()).toPlainString(),
                ngPerMl(end.effectSitePgPerMl()).toPlainString(),
                ngPerMl(end.rostralPgPerMl()).toPlainString(),
                ngPerMl(end.tolerancePgPerMl()).toPlainString()));
        for (ClinicalState c : end.states()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-22s grade %d since %s: %s%n",
                    c.syndrome().key(),
                    c.grade(),
                    TextReport.duration(c.sinceUs()),
                    c.signs()));
        }
        var transitions = r.patient().get().transitions();
        if (!transitions.isEmpty()) {
            b.append("Patient course (").append(transitions.size()).append(" changes):\n");
            for (ClinicalTransition t : transitions) {
                b.append(String.format(
                        Locale.ROOT,
                        "  %-14s %-22s %d -> %d  %s%n",
                        TextReport.duration(t.timeUs()),
                        t.syndrome().key(),
                        t.fromGrade(),
                        t.toGrade(),
                        t.syndrome().signs(t.toGrade())));
            }
        }
    }
}
