package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.patient.Syndrome;

/**
 * A point in sim time an expectation counts from or up to: the start of the run, a time, the
 * start of a fault, the first event or alarm of a type, a timeline command, or the first time the
 * simulated patient was in a clinical state. Written in a scenario as {@code start}, {@code 30d},
 * {@code fault particle-day-30}, {@code event MOTOR_STALL}, {@code alarm LOW_RESERVOIR}, {@code
 * timeline[2]} or {@code patient baclofen_withdrawal} ({@code patient opioid_overdose grade 2}).
 */
public sealed interface Anchor {

    /** As the scenario writes it. */
    String describe();

    /** When it happened in this run, or {@link #NEVER}. */
    long resolve(Observations run);

    /** Why it did not happen, for evidence. */
    String never();

    /** Why the target cannot tell when it happened, or null when it can. */
    default String unobservable(Observations run) {
        return null;
    }

    long NEVER = -1;

    Anchor START = new At(0);

    /** A sim time; {@code at 0} is the start. */
    record At(long timeUs) implements Anchor {
        @Override
        public String describe() {
            return timeUs == 0 ? "start" : QuantityFormat.duration(timeUs);
        }

        @Override
        public long resolve(Observations run) {
            return timeUs;
        }

        @Override
        public String never() {
            return "";
        }
    }

    /** The start of a fault's first occurrence. */
    record FaultStart(String name) implements Anchor {
        @Override
        public String describe() {
            return "fault " + name;
        }

        @Override
        public long resolve(Observations run) {
            FaultWindow f = run.fault(name);
            return f == null ? NEVER : f.fromUs();
        }

        @Override
        public String never() {
            return "fault " + name + " never began";
        }
    }

    /** The first event of a type in the log. */
    record FirstEvent(EventType type) implements Anchor {
        @Override
        public String describe() {
            return "event " + type;
        }

        @Override
        public long resolve(Observations run) {
            for (ObservedEvent e : run.events()) {
                if (e.event().type() == type) {
                    return e.timeUs();
                }
            }
            return NEVER;
        }

        @Override
        public String never() {
            return "the pump never logged " + type;
        }
    }

    /** The first raise of an alarm type. */
    record FirstAlarm(AlarmType type) implements Anchor {
        @Override
        public String describe() {
            return "alarm " + type;
        }

        @Override
        public long resolve(Observations run) {
            for (AlarmChange a : run.alarms()) {
                if (a.type() == type && a.transition() == AlarmChange.Transition.RAISED) {
                    return a.timeUs();
                }
            }
            return NEVER;
        }

        @Override
        public String never() {
            return "the pump never raised " + type;
        }
    }

    /** A timeline command: the time it was due, which is when the pump applied it. */
    record Command(int index, long atUs) implements Anchor {
        @Override
        public String describe() {
            return "timeline[" + index + "]";
        }

        @Override
        public long resolve(Observations run) {
            return atUs;
        }

        @Override
        public String never() {
            return "";
        }
    }

    /** The first time the simulated patient's clinical state was at a grade or more (ground truth). */
    record PatientState(Syndrome syndrome, int grade) implements Anchor {
        @Override
        public String describe() {
            return "patient " + syndrome.key() + (grade == 1 ? "" : " grade " + grade);
        }

        @Override
        public long resolve(Observations run) {
            return run.patient().firstAtLeast(syndrome, grade);
        }

        @Override
        public String never() {
            return "the patient never reached " + syndrome.key() + " grade " + grade;
        }

        @Override
        public String unobservable(Observations run) {
            Signal s = Signal.of(syndrome);
            return run.observes(s) ? null : run.whyNotObservable(s);
        }
    }
}
