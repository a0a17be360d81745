package io.itddsim.trainer.drill;

import io.itddsim.bench.run.PatientRecord;
import io.itddsim.bench.run.RunResult;
import io.itddsim.sim.alarm.ActiveAlarm;
import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.PatientParameter;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a vignette against its run at the moment the trainee looks: what the pump sounds then,
 * and what the simulated patient shows. A vignette the emulator contradicts is refused, naming
 * the drill and what the run really did.
 */
final class Vignettes {
    private Vignettes() {}

    /**
     * The alarm the pump sounds at the vignette's moment (the one it names), or empty when it
     * names none and the pump has no alarm in its active set.
     *
     * @throws IllegalStateException when the pump does otherwise
     */
    static Optional<AlarmRecord> soundingAt(String where, DrillSpec spec, RunResult at, RunResult whole) {
        String time = SimTimes.format(spec.observeAtUs());
        List<ActiveAlarm> active = at.end().activeAlarms();
        if (spec.silent()) {
            if (!active.isEmpty()) {
                throw new IllegalStateException(where + ": the drill says the pump is silent at " + time
                        + ", but the emulator's pump has " + describe(active) + " in its active set");
            }
            return Optional.empty();
        }
        ActiveAlarm sounding = active.stream()
                .filter(a -> a.type() == spec.focus())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(where + ": the drill says the pump sounds " + spec.focus()
                        + " at " + time + ", but its active alarms are "
                        + (active.isEmpty() ? "none" : describe(active))));
        if (sounding.severity() != AlarmSeverity.CRITICAL
                && active.stream().anyMatch(a -> a.severity() == AlarmSeverity.CRITICAL)) {
            throw new IllegalStateException(where + ": the drill is about " + spec.focus() + " at " + time
                    + ", but a critical alarm sounds too: " + describe(active));
        }
        return whole.alarms().stream()
                .filter(a -> a.type() == sounding.type() && a.raisedUs() == sounding.raisedUs())
                .findFirst();
    }

    /**
     * The patient's facts at the vignette's moment ({@link PatientReading}; with, when the run has
     * one, the next sign to appear or worsen after it: {@code next_sign_time}, {@code next_signs}),
     * after checking that the patient model shows
     * what the vignette says.
     *
     * @throws IllegalArgumentException when the scenario has no patient, or the moment is not one
     *     of the patient's grid instants (its figures would be older than the moment)
     * @throws IllegalStateException    when the model shows something else, or cannot answer
     */
    static Map<String, String> patientFacts(
            String where, DrillSpec spec, RunPlan scenario, RunResult at, RunResult whole) {
        PatientReading reading = reading(where, scenario, at);
        Classification model;
        try {
            model = reading.classification();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    where + ": at " + SimTimes.format(spec.observeAtUs()) + " " + e.getMessage(), e);
        }
        if (model != spec.classification()) {
            throw new IllegalStateException(where + ": the drill says " + spec.classification() + " at "
                    + SimTimes.format(spec.observeAtUs()) + ", but the patient model shows " + model + " ("
                    + reading.grades() + ")");
        }
        Map<String, String> facts = new LinkedHashMap<>(reading.facts());
        whole.patient().map(PatientRecord::transitions).orElse(List.of()).stream()
                .filter(t -> t.timeUs() > spec.observeAtUs()
                        && t.syndrome() != Syndrome.THERAPEUTIC_EFFECT
                        && t.toGrade() > t.fromGrade())
                .findFirst()
                .ifPresent(t -> {
                    facts.put("next_sign_time", SimTimes.format(t.timeUs()));
                    facts.put("next_signs", t.syndrome().signs(t.toGrade()));
                });
        return facts;
    }

    /** The patient of a run stopped at a vignette's moment. */
    static PatientReading reading(String where, RunPlan scenario, RunResult at) {
        PatientStatus patient = at.end()
                .patient()
                .orElseThrow(() -> new IllegalArgumentException(
                        where + ": a vignette needs a scenario with a patient: section (docs/PATIENT.md)"));
        if (patient.asOfUs() != at.end().simTimeUs()) {
            throw new IllegalArgumentException(where + ": observe_at must be one of the patient's grid instants"
                    + " (every " + at.patient().map(PatientRecord::gridUs).orElse(0L) / 1_000_000
                    + " s); the patient was last updated at " + SimTimes.format(patient.asOfUs()));
        }
        List<ClinicalTransition> transitions =
                at.patient().map(PatientRecord::transitions).orElse(List.of());
        long floorPpm = scenario.setup().patient().parameters().get(PatientParameter.OPIOID_OVERDOSE_GRADE_1);
        return new PatientReading(patient, transitions, floorPpm);
    }

    private static String describe(List<ActiveAlarm> active) {
        return active.stream()
                .map(a -> a.type() + " (raised at " + SimTimes.format(a.raisedUs()) + ", " + a.state() + ")")
                .toList()
                .toString();
    }
}
