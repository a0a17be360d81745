package io.itddsim.sim.fault;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventRecorder;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.sim.random.RandomStreams;
import io.itddsim.sim.random.SplitMix64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Arms, schedules and clears the faults of one run, and keeps their ground-truth records. It runs
 * at the start of a tick, right after the commands due (an input, like them), and only when one of
 * its faults is due or an event it waits for has been logged: in steady state it costs the loop
 * one comparison. {@link #nextDueUs} bounds fast-forward, so every transition, condition check and
 * progressive step happens on the same tick with and without skipping.
 *
 * <p>Faults act on the plant only. The injector reads the firmware's event log (to start a fault
 * "after event X") and, for a threshold condition, its reservoir estimate; the firmware never sees
 * anything of the injector (an architecture test forbids it).
 */
public final class FaultInjector implements StateHashable, EventRecorder, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final PumpProfile profile;
    private final Plant plant;
    private final Firmware firmware;
    private final EventLog log;
    private final long masterSeed;
    private final boolean offLabelDrug;

    private final List<ArmedFault> armed = new ArrayList<>();
    private final List<FaultRecord> records = new ArrayList<>();
    private final List<FaultInput> inputs = new ArrayList<>();
    private long nextDueUs = Long.MAX_VALUE;
    private boolean watchingEvents;
    private int eventCursor;

    /**
     * @param masterSeed the run's seed; each fault draws from its own stream {@code fault.<name>}
     * @param drug       the drug the pump was filled with (off-label drugs speed up gear corrosion)
     */
    public FaultInjector(PumpProfile profile, Plant plant, Firmware firmware, long masterSeed, String drug) {
        this.profile = profile;
        this.plant = plant;
        this.firmware = firmware;
        this.log = firmware.eventLog();
        this.masterSeed = masterSeed;
        this.offLabelDrug = DrugLabel.offLabel(drug);
        log.setWatcher(this);
    }

    // ---- the loop

    /** Tick phase 1, after the commands: makes any fault transition due now. One comparison when none is. */
    public void beforeTick(long nowUs) {
        if (nowUs >= nextDueUs) {
            process(nowUs);
        }
    }

    /** The earliest time the injector must run (fast-forward never skips past it). */
    public long nextDueUs() {
        return nextDueUs;
    }

    // ---- runs of whole strokes (PumpSimulator's fast-forward; docs/PERFORMANCE.md)

    /**
     * The earliest time the injector must run within a run of whole strokes: as {@link #nextDueUs},
     * except that a threshold condition polled on its grid need not be looked at while it stays false
     * ({@link #pollsStayFalseUntil}). An event logged and not yet looked at is due at once.
     */
    public long leapBoundUs() {
        if (nextDueUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long earliestWake = Long.MAX_VALUE;
        long bound = Long.MAX_VALUE;
        for (ArmedFault f : armed) {
            earliestWake = Math.min(earliestWake, f.wakeUs());
            if (!f.pollsThreshold()) {
                bound = Math.min(bound, f.wakeUs());
            }
        }
        return nextDueUs < earliestWake ? nextDueUs : bound;
    }

    /**
     * The earliest time the injector must run within a stretch of idle ticks: as
     * {@link #leapBoundUs}, provided every threshold condition waiting is false now. Nothing a
     * condition reads changes while the motor rests (no step moves drug; the firmware's estimate
     * changes only with a stroke), so such a condition stays false, and its polls need not run
     * ({@link #passPollsUntil} then leaves the injector as they would).
     */
    public long idleBoundUs() {
        if (nextDueUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        for (ArmedFault f : armed) {
            if (f.pollsThreshold()
                    && f.threshold()
                            .comparison()
                            .holds(
                                    quantity(f.threshold().quantity()),
                                    f.threshold().value())) {
                return nextDueUs;
            }
        }
        return leapBoundUs();
    }

    /** The earliest poll of a threshold condition; Long.MAX_VALUE when none waits. */
    public long nextPollUs() {
        long next = Long.MAX_VALUE;
        for (ArmedFault f : armed) {
            if (f.pollsThreshold()) {
                next = Math.min(next, f.wakeUs());
            }
        }
        return next;
    }

    /** Whether a threshold condition's poll falls due at a tick before {@code endUs}. */
    public boolean pollsDueBefore(long endUs, long tickUs) {
        for (ArmedFault f : armed) {
            if (f.pollsThreshold() && f.wakeUs() <= endUs - tickUs) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every threshold poll due at a tick before {@code endUs} would find its condition
     * false, given the quantities as they will be at {@code endUs}. Over a run of whole strokes the
     * reservoir only empties and delivery only grows, and each condition holds on one side of its
     * threshold, so a condition false now and false at the end is false at every poll between.
     */
    public boolean pollsStayFalseUntil(
            long endUs, long tickUs, long reservoirActualNl, long reservoirEstimateNl, long deliveredNl) {
        for (ArmedFault f : armed) {
            if (!f.pollsThreshold() || f.wakeUs() > endUs - tickUs) {
                continue;
            }
            FaultCondition.Threshold t = f.threshold();
            long atEnd = switch (t.quantity()) {
                case RESERVOIR_ACTUAL -> reservoirActualNl;
                case RESERVOIR_ESTIMATE -> reservoirEstimateNl;
                case DELIVERED -> deliveredNl;
            };
            if (t.comparison().holds(quantity(t.quantity()), t.value())
                    || t.comparison().holds(atEnd, t.value())) {
                return false;
            }
        }
        return true;
    }

    /** Leaves the injector as the polls due at ticks before {@code endUs} would, each finding its condition false. */
    public void passPollsUntil(long endUs, long tickUs) {
        boolean polled = false;
        for (ArmedFault f : armed) {
            if (f.pollsThreshold() && f.wakeUs() <= endUs - tickUs) {
                f.passPollsUntil(endUs, tickUs);
                polled = true;
            }
        }
        if (polled) {
            eventCursor = log.size(); // as every look does
            refreshDue();
        }
    }

    /**
     * The firmware logged an event. A fault waiting for one needs a look: at the next tick boundary
     * (or this one, if the event came with this tick's commands), the same tick with or without
     * skipping, since events are only ever logged on stepped ticks.
     */
    @Override
    public void record(PumpEvent e) {
        if (watchingEvents) {
            nextDueUs = Math.min(nextDueUs, e.timeUs());
        }
    }

    private void process(long nowUs) {
        int logged = log.size();
        if (watchingEvents && logged > eventCursor) {
            List<PumpEvent> events = log.events();
            for (int i = eventCursor; i < logged; i++) {
                for (ArmedFault f : armed) {
                    f.offerEvent(events.get(i));
                }
            }
        }
        eventCursor = logged;
        for (ArmedFault f : armed) {
            if (nowUs >= f.wakeUs() || f.watchesEvents()) {
                f.advance(nowUs, this);
            }
        }
        refreshDue();
    }

    private void refreshDue() {
        long due = Long.MAX_VALUE;
        boolean watching = false;
        for (ArmedFault f : armed) {
            due = Math.min(due, f.wakeUs());
            watching |= f.watchesEvents();
        }
        nextDueUs = due;
        watchingEvents = watching;
    }

    /** What a threshold condition reads. */
    long quantity(FaultCondition.Quantity q) {
        return switch (q) {
            case RESERVOIR_ACTUAL -> plant.reservoir().volumeNl();
            case RESERVOIR_ESTIMATE -> firmware.reservoirEstimateNl();
            case DELIVERED -> plant.ledger().intrathecalNl();
        };
    }

    int openRecord(FaultSpec spec, int occurrence, long armedUs, long fromUs) {
        records.add(new FaultRecord(
                spec.name(), spec.kind(), occurrence, armedUs, fromUs, FaultRecord.NONE, FaultRecord.NONE, ""));
        return records.size() - 1;
    }

    void closeRecord(int index, long toUs) {
        records.set(index, records.get(index).endedAt(toUs));
    }

    // ---- inputs, applied at a tick boundary

    /** Arms a fault at {@code nowUs} (tick {@code tick}); refuses, changing nothing, if the spec is bad. */
    public CommandResult arm(FaultSpec spec, long nowUs, long tick) {
        CommandResult result;
        try {
            FaultValues values = FaultSpecCheck.values(spec, profile, offLabelDrug);
            if (find(spec.name()) != null) {
                throw new SimInputException(
                        Refusal.INVALID,
                        "name",
                        "a fault named \"" + spec.name() + "\" is already armed in this run; names must be unique");
            }
            SplitMix64 random = new RandomStreams(masterSeed).stream("fault." + spec.name());
            FaultMechanism mechanism =
                    spec.kind().create(values, new FaultTarget(plant, profile, random, offLabelDrug));
            armed.add(new ArmedFault(spec, values, mechanism, random, nowUs));
            nextDueUs = Math.min(nextDueUs, nowUs);
            result = CommandResult.ACCEPTED;
        } catch (SimInputException e) {
            result = CommandResult.refused(e.refusal(), e.field(), e.getMessage());
        }
        inputs.add(new FaultInput(tick, nowUs, FaultInput.Action.ARM, spec == null ? "" : spec.name(), result));
        return result;
    }

    /** Ends the named fault now; refuses an unknown name or a fault that has already ended. */
    public CommandResult clear(String name, long nowUs, long tick) {
        CommandResult result;
        ArmedFault f = find(name);
        if (f == null) {
            List<String> names = new ArrayList<>();
            for (ArmedFault a : armed) {
                names.add(a.name());
            }
            result = CommandResult.refused(
                    Refusal.INVALID,
                    "name",
                    "name: no fault named \"" + name + "\" is armed in this run"
                            + (names.isEmpty() ? "" : "; armed: " + String.join(", ", names)));
        } else if (f.phase() == ArmedFault.Phase.DONE) {
            result =
                    CommandResult.refused(Refusal.PUMP_STATE, "name", "name: fault \"" + name + "\" has already ended");
        } else {
            f.clear(nowUs, this);
            refreshDue();
            result = CommandResult.ACCEPTED;
        }
        inputs.add(new FaultInput(tick, nowUs, FaultInput.Action.CLEAR, name == null ? "" : name, result));
        return result;
    }

    private ArmedFault find(String name) {
        for (ArmedFault f : armed) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    // ---- what the bench reads

    /**
     * Every occurrence so far, with its detection judged from {@code events} (the firmware's log):
     * the first event of one of the entry's detectors that saw this occurrence's effect
     * ({@link DetectionCredit}).
     */
    public List<FaultRecord> records(List<PumpEvent> events) {
        DetectionCredit detection = new DetectionCredit(profile.get(ProfileParameter.FAULT_DETECTION_GRACE_US));
        List<FaultRecord> out = new ArrayList<>(records.size());
        for (FaultRecord r : records) {
            out.add(detection.judge(r, events));
        }
        return Collections.unmodifiableList(out);
    }

    /** Names of the faults acting on the plant now, in the order they became active (no detection scan). */
    public List<String> activeNames() {
        List<String> out = new ArrayList<>();
        for (FaultRecord r : records) {
            if (r.activeToUs() == FaultRecord.NONE) {
                out.add(r.name());
            }
        }
        return out;
    }

    /** Arms and clears as applied, with their ticks and answers. */
    public List<FaultInput> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    @Override
    public void hashInto(StateDigest d) {
        if (armed.isEmpty()) {
            return;
        }
        d.section("faults").add(nextDueUs).add(watchingEvents).add(eventCursor).add(armed.size());
        for (ArmedFault f : armed) {
            f.hashInto(d);
        }
        d.add(records.size());
        for (FaultRecord r : records) {
            d.add(r.name())
                    .add(r.occurrence())
                    .add(r.armedUs())
                    .add(r.activeFromUs())
                    .add(r.activeToUs());
        }
    }
}
