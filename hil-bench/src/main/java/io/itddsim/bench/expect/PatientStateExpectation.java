package io.itddsim.bench.expect;

import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Syndrome;

/**
 * {@code patient:} the simulated patient is in a clinical state, at a grade or more, at some time in
 * a window (already when it opens, or reaching it inside); {@code no_patient:} it never is. The
 * patient is simulated ground truth: on a target that does not report it, not observable.
 */
final class PatientStateExpectation extends WrittenExpectation {
    private final Syndrome state;
    private final int grade;
    private final Window window;
    private final boolean wanted;

    PatientStateExpectation(Location location, String name, Syndrome state, int grade, Window window, boolean wanted) {
        super(location, name);
        this.state = state;
        this.grade = grade;
        this.window = window;
        this.wanted = wanted;
    }

    @Override
    public String describe() {
        String w = window.describe();
        return (wanted ? "patient " : "no_patient ")
                + state.key()
                + (grade == 1 ? "" : " grade " + grade)
                + (w.isEmpty() ? "" : " " + w);
    }

    @Override
    public Verdict evaluate(Observations run) {
        Signal signal = Signal.of(state);
        if (!run.observes(signal)) {
            return Verdict.notObservable(this, run.whyNotObservable(signal));
        }
        Window.Span span = window.resolve(run);
        Verdict unjudgeable = unjudgeable(span);
        if (unjudgeable != null) {
            return unjudgeable;
        }
        PatientCourse course = run.patient();
        long from = span.fromUs();
        int atOpening = course.gradeAt(state, from);
        if (atOpening >= grade) {
            String seen = state.key() + " was at " + signal.format(atOpening) + " when the window opened at "
                    + Times.at(from) + " (since " + Times.at(course.sinceAt(state, from)) + ")";
            return wanted ? Verdict.passed(this, seen, from) : Verdict.failed(this, seen, from);
        }
        int highest = atOpening;
        for (ClinicalTransition c : course.changes()) {
            if (c.syndrome() != state || c.timeUs() <= from || !span.contains(c.timeUs())) {
                continue;
            }
            if (c.toGrade() >= grade) {
                String seen = state.key() + " reached " + signal.format(c.toGrade()) + " at " + Times.at(c.timeUs());
                String anchor = window.anchorName();
                return wanted
                        ? Verdict.passed(this, seen + Times.since(c.timeUs(), from, anchor, window), c.timeUs())
                        : Verdict.failed(this, seen + ", inside the window " + span.describe(), c.timeUs());
            }
            highest = Math.max(highest, c.toGrade());
        }
        String below = state.key() + " stayed below grade " + grade + " " + span.describe() + " (at most "
                + signal.format(highest) + ")";
        if (!wanted) {
            return Verdict.passed(this, below, span.endUs());
        }
        long first = course.firstAtLeast(state, grade);
        String hint = first == PatientCourse.NEVER
                ? "; it never reached grade " + grade + " in the run"
                : "; it first reached grade " + grade + " at " + Times.at(first);
        return Verdict.failed(this, below + hint, span.endUs());
    }
}
