package io.itddsim.fleet.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itddsim.fleet.outcome.MechanismOutcome;
import io.itddsim.fleet.outcome.PatientEpisode;
import io.itddsim.fleet.outcome.PumpOutcome;
import io.itddsim.fleet.stats.Rates;
import io.itddsim.fleet.stats.Summary;
import io.itddsim.fleet.stats.SurvivalCurve;
import io.itddsim.fleet.study.CohortResult;
import io.itddsim.fleet.study.EpisodeStats;
import io.itddsim.fleet.study.FieldCheck;
import io.itddsim.fleet.study.FieldFigures;
import io.itddsim.fleet.study.FleetResult;
import io.itddsim.fleet.study.MechanismStats;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The study's result as one JSON document (docs/FLEET.md, "The result"): the field checks, each
 * cohort's aggregates with its survival curves step by step, and one record per pump. Patients'
 * keys appear only in a study with simulated patients, so a study without them reads as before. Durations
 * are in days; values that do not exist (a median of nothing) are null. Keys come in a fixed order,
 * so the same study gives the same bytes.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double US_PER_DAY = 86_400e6;

    private JsonReport() {}

    public static String render(FleetResult result, List<PumpOutcome> pumps) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("study", result.study());
        root.put("source", result.source());
        root.put("seed", result.seed());
        root.put("pumps", result.pumps());
        number(root, "patient_years", result.patientYears());
        ArrayNode checks = root.putArray("field_checks");
        for (FieldCheck c : result.checks()) {
            ObjectNode n = checks.addObject();
            n.put("cohort", c.cohort());
            n.put("quantity", c.quantity());
            number(n, "field", c.field());
            n.put("source", c.source());
            interval(n.putObject("simulated"), c.simulated());
            n.put("criterion", c.criterion());
            n.put("reproduced", c.reproduced());
        }
        ArrayNode cohorts = root.putArray("cohorts");
        for (CohortResult c : result.cohorts()) {
            cohort(cohorts.addObject(), c);
        }
        ArrayNode out = root.putArray("pump_outcomes");
        for (PumpOutcome p : pumps) {
            pump(out.addObject(), p);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON", e);
        }
    }

    private static void cohort(ObjectNode n, CohortResult c) {
        n.put("name", c.name());
        n.put("field_reference", c.reference().key());
        n.put("pumps", c.pumps());
        n.put("off_label", c.offLabel());
        number(n, "patient_years", c.patientYears());
        n.put("failures", c.failures());
        interval(n.putObject("prevalence"), c.prevalence());
        interval(n.putObject("any_stall_prevalence"), c.anyStall());
        interval(n.putObject("failures_per_patient_year"), c.incidence());
        ObjectNode curves = n.putObject("survival");
        for (Map.Entry<String, SurvivalCurve> e : c.curves().entrySet()) {
            curve(curves.putObject(e.getKey()), e.getValue());
        }
        counts(n.putObject("failure_causes"), c.causes());
        counts(n.putObject("failure_causes_by_field_group"), c.causesByFault());
        counts(n.putObject("stalled_against_catheter"), c.catheterStalls());
        ArrayNode mechanisms = n.putArray("mechanisms");
        for (MechanismStats m : c.mechanisms()) {
            ObjectNode o = mechanisms.addObject();
            o.put("name", m.name());
            o.put("fault", m.fault());
            o.put("effect", m.effect().name().toLowerCase(Locale.ROOT));
            o.put("armed", m.armed());
            o.put("detected", m.detected());
            o.put("missed", m.armed() - m.detected());
            counts(o.putObject("detected_by"), m.detectedBy());
            summary(o.putObject("detection_latency_days"), m.latencyDays());
            summary(o.putObject("therapy_lost_until_detected_days"), m.lostUntilDetectedDays());
            summary(o.putObject("therapy_lost_until_visit_days"), m.lostUntilVisitDays());
            o.put("failures", m.failures());
        }
        n.put("refill_checks", c.refillChecks());
        n.put("refills_flagged", c.refillsFlagged());
        counts(n.putObject("alarms_raised"), c.alarms());
        n.put("annunciations", c.annunciations());
        counts(n.putObject("exits"), c.exits());
        n.put("battery_eri", c.batteryEri());
        n.put("low_battery_resets", c.lowBatteryResets());
        number(n, "programmed_ml", c.programmedMl());
        number(n, "intrathecal_ml", c.intrathecalMl());
        number(n, "elsewhere_ml", c.elsewhereMl());
        if (c.patients() > 0) {
            n.put("patients", c.patients());
            ArrayNode episodes = n.putArray("patient_episodes");
            for (EpisodeStats e : c.patientEpisodes()) {
                ObjectNode o = episodes.addObject();
                o.put("syndrome", e.syndrome());
                o.put("patients_followed", e.patientsFollowed());
                o.put("patients_affected", e.patientsAffected());
                o.put("episodes", e.episodes());
                counts(o.putObject("by_worst_grade"), e.byWorstGrade());
                counts(o.putObject("by_cause"), e.byCause());
                o.put("pump_noticed_first", e.pumpNoticedFirst());
                summary(o.putObject("onset_after_cause_days"), e.onsetAfterCauseDays());
                summary(o.putObject("duration_days"), e.durationDays());
                o.put("ongoing_at_end", e.ongoing());
            }
        }
    }

    private static void curve(ObjectNode n, SurvivalCurve c) {
        n.put("subjects", c.subjects());
        number(n, "followed_to_age_days", c.followedTo());
        step(n.putObject("at_6_years"), c.at(FieldFigures.SIX_YEARS_DAYS));
        step(n.putObject("at_78_months"), c.at(FieldFigures.SEVENTY_EIGHT_MONTHS_DAYS));
        n.put("steps_columns", "age_days, at_risk, events, survival, std_error, lower, upper");
        ArrayNode steps = n.putArray("steps");
        for (SurvivalCurve.Step s : c.steps()) {
            ArrayNode a = steps.addArray();
            a.add(s.time()).add(s.atRisk()).add(s.events());
            a.add(s.survival()).add(finite(s.stdError())).add(s.lower()).add(s.upper());
        }
    }

    private static void step(ObjectNode n, SurvivalCurve.Step s) {
        number(n, "survival", s.survival());
        number(n, "std_error", s.stdError());
        number(n, "lower", s.lower());
        number(n, "upper", s.upper());
        n.put("at_risk", s.atRisk());
    }

    private static void pump(ObjectNode n, PumpOutcome p) {
        n.put("id", p.id());
        n.put("cohort", p.cohort());
        n.put("drug", p.drug());
        n.put("off_label", p.offLabel());
        n.put("rate_nl_per_day", p.rateNlPerDay());
        number(n, "entry_age_days", p.entryAgeUs() / US_PER_DAY);
        number(n, "exit_age_days", p.exitAgeUs() / US_PER_DAY);
        n.put("exit", p.exit().name().toLowerCase(Locale.ROOT));
        days(n, "failure_age_days", p.failureAgeUs());
        n.put("failure_cause", p.failureCause());
        n.put("catheter_stall_cause", p.catheterStallCause());
        n.put("stalls", p.stalls());
        n.put("stall_recoveries", p.stallRecoveries());
        n.put("refill_checks", p.refillChecks());
        n.put("refills_flagged", p.refillsFlagged());
        counts(n.putObject("alarms_raised"), p.alarmsRaised());
        n.put("annunciations", p.annunciations());
        days(n, "eri_age_days", p.eriAgeUs());
        n.put("low_battery_resets", p.lowBatteryResets());
        n.put("programmed_nl", p.programmedNl());
        n.put("intrathecal_nl", p.intrathecalNl());
        n.put("elsewhere_nl", p.elsewhereNl());
        ArrayNode mechanisms = n.putArray("mechanisms");
        for (MechanismOutcome m : p.mechanisms()) {
            ObjectNode o = mechanisms.addObject();
            o.put("name", m.name());
            o.put("fault", m.fault());
            number(o, "active_from_day", m.activeFromUs() / US_PER_DAY);
            days(o, "detected_day", m.detectedUs());
            o.put("detected_by", m.detectedBy());
            days(o, "therapy_lost_until_detected_days", m.lostUntilDetectedUs());
            days(o, "therapy_lost_until_visit_days", m.lostUntilVisitUs());
            o.put("loss_censored", m.lossCensored());
        }
        if (p.hasPatient()) {
            ObjectNode patient = n.putObject("patient");
            number(patient, "weight_kg", p.patientWeightG() / 1000.0);
            ArrayNode episodes = patient.putArray("episodes");
            for (PatientEpisode e : p.patientEpisodes()) {
                ObjectNode o = episodes.addObject();
                o.put("syndrome", e.syndrome());
                number(o, "onset_day", e.startUs() / US_PER_DAY);
                days(o, "end_day", e.endUs());
                o.put("worst_grade", e.worstGrade());
                o.put("cause", e.cause());
                days(o, "cause_from_day", e.causeFromUs());
                o.put("pump_noticed_first", e.pumpNoticedFirst());
            }
        }
        n.put("state_hash", p.stateHash());
    }

    private static void interval(ObjectNode n, Rates.Interval i) {
        number(n, "value", i.value());
        number(n, "lower", i.lower());
        number(n, "upper", i.upper());
    }

    private static void summary(ObjectNode n, Summary s) {
        n.put("count", s.count());
        number(n, "mean", s.mean());
        number(n, "median", s.median());
        number(n, "p90", s.p90());
        number(n, "max", s.max());
    }

    private static void counts(ObjectNode n, Map<String, Integer> counts) {
        counts.forEach(n::put);
    }

    private static void days(ObjectNode n, String key, long us) {
        if (us < 0) {
            n.putNull(key);
        } else {
            n.put(key, us / US_PER_DAY);
        }
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
