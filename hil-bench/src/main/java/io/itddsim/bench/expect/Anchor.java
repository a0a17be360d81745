package io.itddsim.bench.expect;

import io.itddsim.bench.scenario.QuantityFormat;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventType;

/**
 * A point in sim time an expectation counts from or up to: the start of the run, a time, the
 * start of a fault, the first event or alarm of a type, or a timeline command. Written in a
 * scenario as {@code start}, {@code 30d}, {@code fault particle-day-30}, {@code event MOTOR_STALL},
 * {@code alarm LOW_RESERVOIR} or {@code timeline[2]}.
 */
public sealed interface Anchor {

    /** As the scenario writes it. */
    String describe();

    /** When it happened in this run, or {@link #NEVER}. */
    long resolve(Observations run);

    /** Why it did not happen, for evidence. */
    String never();

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
}
