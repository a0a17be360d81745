package io.itddsim.sim.alarm;

import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.PumpProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tick phase 5: raises, repeats and clears alarms from the causes the firmware has sensed. Causes
 * are a bit set over {@link AlarmType} ordinals, so a tick with nothing to do allocates nothing.
 *
 * <p>Life of an alarm: its cause appears, it is raised ({@link AlarmState#ACTIVE}) and sounds at
 * once, then again every repeat interval of its severity. If the cause goes away it keeps sounding
 * ({@link AlarmState#LATCHED}) until an interrogation clears it. An interrogation or acknowledgement
 * while the cause persists silences it until its next repeat ({@link AlarmState#ACKNOWLEDGED}),
 * after which it comes back. The battery pays for every tone through the hardware.
 */
public final class AlarmManager implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final AlarmType[] TYPES = AlarmType.values();

    private final long tickUs;
    private final AnnunciationPattern criticalPattern;
    private final AnnunciationPattern nonCriticalPattern;
    private final AlarmState[] state = new AlarmState[TYPES.length];
    private final long[] raisedUs = new long[TYPES.length];
    private final long[] nextToneUs = new long[TYPES.length];
    private final int[] openRecord = new int[TYPES.length];
    private final List<AlarmRecord> history = new ArrayList<>();
    private AlarmSettings settings;
    private long annunciations;
    private long earliestToneUs = Long.MAX_VALUE;
    private transient AlarmListener listener = AlarmListener.NONE;

    public AlarmManager(PumpProfile profile, AlarmSettings settings) {
        this.tickUs = profile.tickUs();
        this.criticalPattern = AnnunciationPattern.of(AlarmSeverity.CRITICAL, profile);
        this.nonCriticalPattern = AnnunciationPattern.of(AlarmSeverity.NON_CRITICAL, profile);
        this.settings = settings;
    }

    public void setListener(AlarmListener l) {
        listener = l == null ? AlarmListener.NONE : l;
    }

    public void setSettings(AlarmSettings s) {
        settings = s;
    }

    public AlarmSettings settings() {
        return settings;
    }

    public static long bit(AlarmType t) {
        return 1L << t.ordinal();
    }

    /** The bits of {@code types}; every alarm when the list is empty (as an acknowledgement means it). */
    public static long mask(List<AlarmType> types) {
        if (types.isEmpty()) {
            return -1L;
        }
        long m = 0;
        for (AlarmType t : types) {
            m |= bit(t);
        }
        return m;
    }

    /** Raises alarms whose cause appeared and latches those whose cause went, then sounds what is due. */
    public void update(long causes, long nowUs, PumpHardware hw, EventLog log) {
        for (AlarmType t : TYPES) {
            int i = t.ordinal();
            boolean cause = (causes & bit(t)) != 0;
            AlarmState s = state[i];
            if (s == null) {
                if (cause) {
                    raise(t, nowUs, log);
                }
            } else if (cause && s == AlarmState.LATCHED) {
                transition(t, AlarmState.ACTIVE, nowUs);
            } else if (!cause && s != AlarmState.LATCHED) {
                transition(t, AlarmState.LATCHED, nowUs);
            }
        }
        soundDue(nowUs, hw);
        recomputeEarliest();
    }

    private void raise(AlarmType t, long nowUs, EventLog log) {
        int i = t.ordinal();
        raisedUs[i] = nowUs;
        nextToneUs[i] = nowUs;
        openRecord[i] = history.size();
        history.add(new AlarmRecord(t, nowUs, -1));
        log.log(nowUs, EventType.ALARM_RAISED, 0, t.name());
        transition(t, AlarmState.ACTIVE, nowUs);
    }

    private void transition(AlarmType t, AlarmState to, long nowUs) {
        state[t.ordinal()] = to == AlarmState.CLEARED ? null : to;
        listener.onAlarm(nowUs, t, to, raisedUs[t.ordinal()]);
    }

    private void soundDue(long nowUs, PumpHardware hw) {
        soundDue(AlarmSeverity.CRITICAL, criticalPattern, nowUs, hw);
        soundDue(AlarmSeverity.NON_CRITICAL, nonCriticalPattern, nowUs, hw);
    }

    /** Alarms of one severity falling due on the same tick share one playing of the pattern. */
    private void soundDue(AlarmSeverity severity, AnnunciationPattern pattern, long nowUs, PumpHardware hw) {
        List<AlarmType> due = null;
        for (AlarmType t : TYPES) {
            int i = t.ordinal();
            if (t.severity() != severity || state[i] == null || nextToneUs[i] > nowUs) {
                continue;
            }
            if (state[i] == AlarmState.ACKNOWLEDGED) {
                transition(t, AlarmState.ACTIVE, nowUs); // silenced for one interval: it comes back
            }
            nextToneUs[i] = nowUs + settings.repeatUs(severity);
            if (due == null) {
                due = new ArrayList<>(2);
            }
            due.add(t);
        }
        if (due != null) {
            play(pattern, nowUs, due, false, hw);
        }
    }

    private void play(AnnunciationPattern pattern, long nowUs, List<AlarmType> alarms, boolean test, PumpHardware hw) {
        for (Tone tone : pattern.tones()) {
            hw.playTone(tone.frequencyHz(), tone.durationUs());
        }
        annunciations++;
        listener.onAnnunciation(new Annunciation(nowUs, pattern, alarms, test));
    }

    /** Alarm test: sounds both patterns once, alarms or not (DOMAIN.md 3). */
    public void test(long nowUs, PumpHardware hw, EventLog log) {
        log.log(nowUs, EventType.ALARM_TEST, 0);
        play(criticalPattern, nowUs, List.of(), true, hw);
        play(nonCriticalPattern, nowUs, List.of(), true, hw);
    }

    /**
     * An interrogation: clears every alarm whose cause is gone and silences, until its next
     * repeat, every alarm whose cause persists. Returns the number cleared.
     */
    public int interrogate(long causes, long nowUs, EventLog log) {
        int cleared = 0;
        for (AlarmType t : TYPES) {
            int i = t.ordinal();
            if (state[i] == null) {
                continue;
            }
            if ((causes & bit(t)) == 0) {
                history.set(openRecord[i], new AlarmRecord(t, raisedUs[i], nowUs));
                log.log(nowUs, EventType.ALARM_CLEARED, 0, t.name());
                transition(t, AlarmState.CLEARED, nowUs);
                cleared++;
            } else {
                silence(t, nowUs);
            }
        }
        recomputeEarliest();
        return cleared;
    }

    /** Silences the alarms in {@code mask} whose cause persists, until their next repeat. */
    public void acknowledge(long mask, long nowUs) {
        for (AlarmType t : TYPES) {
            if ((mask & bit(t)) != 0 && state[t.ordinal()] == AlarmState.ACTIVE) {
                silence(t, nowUs);
            }
        }
        recomputeEarliest();
    }

    private void silence(AlarmType t, long nowUs) {
        nextToneUs[t.ordinal()] = nowUs + settings.repeatUs(t.severity());
        if (state[t.ordinal()] != AlarmState.ACKNOWLEDGED) {
            transition(t, AlarmState.ACKNOWLEDGED, nowUs);
        }
    }

    /** Ticks from {@code nowUs} on before any alarm is due to sound. */
    public long quietTicks(long nowUs) {
        long due = nextToneUs();
        if (due == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long wait = due - nowUs;
        return wait <= 0 ? 0 : -Math.floorDiv(-wait, tickUs);
    }

    /** When the next tone is due, Long.MAX_VALUE when no alarm is in the active set. */
    public long nextToneUs() {
        return earliestToneUs;
    }

    private void recomputeEarliest() {
        long e = Long.MAX_VALUE;
        for (AlarmType t : TYPES) {
            if (state[t.ordinal()] != null) {
                e = Math.min(e, nextToneUs[t.ordinal()]);
            }
        }
        earliestToneUs = e;
    }

    public boolean isActive(AlarmType t) {
        return state[t.ordinal()] != null;
    }

    public AlarmState state(AlarmType t) {
        AlarmState s = state[t.ordinal()];
        return s == null ? AlarmState.CLEARED : s;
    }

    /** The active set, critical first, in {@link AlarmType} order. */
    public List<ActiveAlarm> active() {
        List<ActiveAlarm> out = new ArrayList<>();
        for (AlarmType t : TYPES) {
            if (state[t.ordinal()] != null) {
                out.add(new ActiveAlarm(t, state[t.ordinal()], raisedUs[t.ordinal()]));
            }
        }
        return out;
    }

    /** Every episode so far, in the order raised. */
    public List<AlarmRecord> history() {
        return Collections.unmodifiableList(history);
    }

    /** Patterns played so far, tests included. */
    public long annunciations() {
        return annunciations;
    }

    public void hashInto(StateDigest d) {
        d.section("alarms")
                .add(annunciations)
                .add(earliestToneUs)
                .add(String.valueOf(settings))
                .add(history.size());
        for (AlarmType t : TYPES) {
            int i = t.ordinal();
            d.add(state[i] == null ? "-" : state[i].name()).add(raisedUs[i]).add(nextToneUs[i]);
        }
        for (AlarmRecord r : history) {
            d.add(r.type().name()).add(r.raisedUs()).add(r.clearedUs());
        }
    }

    private Object readResolve() {
        listener = AlarmListener.NONE;
        return this;
    }
}
