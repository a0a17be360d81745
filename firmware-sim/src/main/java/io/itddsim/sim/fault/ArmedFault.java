package io.itddsim.sim.fault;

import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.random.SplitMix64;

/**
 * One armed fault and where it is in its schedule: waiting for {@code at}, watching for its
 * condition, active, between occurrences, or done. Every transition happens in {@link #advance}
 * at a tick boundary; {@link #wakeUs()} says when it next needs a look, and the loop never skips
 * past that, so transitions fall on the same ticks with and without fast-forward.
 */
final class ArmedFault implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    enum Phase {
        WAITING,
        WATCHING,
        ACTIVE,
        BETWEEN,
        DONE
    }

    private final FaultSpec spec;
    private final FaultValues values;
    private final FaultMechanism mechanism;
    private final SplitMix64 random;
    private final long armedUs;

    private Phase phase = Phase.WAITING;
    private long wakeUs;
    private long watchFromUs;
    private boolean eventSeen;
    private int occurrencesBegun;
    private long firstStartUs = FaultRecord.NONE;
    private long endUs;
    private long updateDueUs;
    private int recordIndex = -1;

    ArmedFault(FaultSpec spec, FaultValues values, FaultMechanism mechanism, SplitMix64 random, long armedUs) {
        this.spec = spec;
        this.values = values;
        this.mechanism = mechanism;
        this.random = random;
        this.armedUs = armedUs;
        this.wakeUs = armedUs;
    }

    String name() {
        return spec.name();
    }

    Phase phase() {
        return phase;
    }

    long wakeUs() {
        return wakeUs;
    }

    boolean watchesEvents() {
        return phase == Phase.WATCHING && spec.schedule().when() instanceof FaultCondition.AfterEvent;
    }

    /** True while the fault waits for a threshold condition, looked at on its poll grid. */
    boolean pollsThreshold() {
        return phase == Phase.WATCHING && spec.schedule().when() instanceof FaultCondition.Threshold;
    }

    /** The condition a {@link #pollsThreshold()} fault waits for. */
    FaultCondition.Threshold threshold() {
        return (FaultCondition.Threshold) spec.schedule().when();
    }

    /**
     * Where the polls of a {@link #pollsThreshold()} fault at ticks before {@code endUs} leave it, each
     * having found its condition false: the last one (at a tick of length {@code tickUs}) set the
     * next poll to the first grid time after it, which is the first grid time after the last tick.
     */
    void passPollsUntil(long endUs, long tickUs) {
        if (wakeUs <= endUs - tickUs) {
            wakeUs = nextGridUs(endUs - tickUs, spec.schedule().pollUs());
        }
    }

    /** The injector hands over each event the firmware logged since it last looked. */
    void offerEvent(PumpEvent e) {
        if (spec.schedule().when() instanceof FaultCondition.AfterEvent a
                && watchesEvents()
                && e.type() == a.type()
                && e.timeUs() >= watchFromUs) {
            eventSeen = true;
        }
    }

    /** Makes every transition due at {@code nowUs}, then sets {@link #wakeUs()}. */
    void advance(long nowUs, FaultInjector injector) {
        FaultSchedule s = spec.schedule();
        while (true) {
            switch (phase) {
                case WAITING -> {
                    if (nowUs < s.atUs()) {
                        wakeUs = s.atUs();
                        return;
                    }
                    if (s.when() == null) {
                        firstStartUs = nowUs;
                        beginOccurrence(nowUs, injector);
                    } else {
                        phase = Phase.WATCHING;
                        watchFromUs = nowUs;
                    }
                }
                case WATCHING -> {
                    boolean met = s.when() instanceof FaultCondition.Threshold t
                            ? t.comparison().holds(injector.quantity(t.quantity()), t.value())
                            : eventSeen;
                    if (!met) {
                        wakeUs = s.when() instanceof FaultCondition.Threshold
                                ? nextGridUs(nowUs, s.pollUs())
                                : Long.MAX_VALUE;
                        return;
                    }
                    firstStartUs = nowUs;
                    beginOccurrence(nowUs, injector);
                }
                case ACTIVE -> {
                    if (nowUs >= endUs) {
                        endOccurrence(nowUs, injector);
                        continue;
                    }
                    if (nowUs >= updateDueUs) {
                        mechanism.update(nowUs);
                        updateDueUs = mechanism.nextUpdateUs(nowUs);
                    }
                    wakeUs = Math.min(endUs, updateDueUs);
                    return;
                }
                case BETWEEN -> {
                    long nextUs = saturatingAdd(firstStartUs, saturatingMultiply(occurrencesBegun, s.everyUs()));
                    if (nowUs < nextUs) {
                        wakeUs = nextUs;
                        return;
                    }
                    beginOccurrence(nowUs, injector);
                }
                case DONE -> {
                    wakeUs = Long.MAX_VALUE;
                    return;
                }
            }
        }
    }

    private void beginOccurrence(long nowUs, FaultInjector injector) {
        FaultSchedule s = spec.schedule();
        int occurrence = occurrencesBegun++;
        boolean happens = s.probabilityPpm() >= FaultSchedule.CERTAIN_PPM
                || random.chance(s.probabilityPpm(), FaultSchedule.CERTAIN_PPM);
        if (!happens) {
            phase = occurrencesBegun < s.repeat() ? Phase.BETWEEN : Phase.DONE;
            return;
        }
        mechanism.start(nowUs);
        long forEndUs = s.forUs() > 0 ? saturatingAdd(nowUs, s.forUs()) : Long.MAX_VALUE;
        endUs = Math.min(forEndUs, mechanism.naturalEndUs());
        updateDueUs = mechanism.nextUpdateUs(nowUs);
        recordIndex = injector.openRecord(spec, occurrence, armedUs, nowUs);
        phase = Phase.ACTIVE;
    }

    private void endOccurrence(long nowUs, FaultInjector injector) {
        mechanism.stop(nowUs);
        injector.closeRecord(recordIndex, nowUs);
        phase = occurrencesBegun < spec.schedule().repeat() ? Phase.BETWEEN : Phase.DONE;
    }

    /** Ends the fault now: an active occurrence stops, later ones are cancelled. */
    void clear(long nowUs, FaultInjector injector) {
        if (phase == Phase.ACTIVE) {
            mechanism.stop(nowUs);
            injector.closeRecord(recordIndex, nowUs);
        }
        phase = Phase.DONE;
        wakeUs = Long.MAX_VALUE;
    }

    static long nextGridUs(long nowUs, long intervalUs) {
        return saturatingMultiply(Math.floorDiv(nowUs, intervalUs) + 1, intervalUs);
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(spec.toString())
                .add(armedUs)
                .add(phase.name())
                .add(wakeUs)
                .add(watchFromUs)
                .add(eventSeen)
                .add(occurrencesBegun)
                .add(firstStartUs)
                .add(endUs)
                .add(updateDueUs)
                .add(recordIndex);
        d.add(values).add(random).add(mechanism);
    }
}
