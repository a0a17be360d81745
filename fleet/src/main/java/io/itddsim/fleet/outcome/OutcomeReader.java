package io.itddsim.fleet.outcome;

import io.itddsim.bench.run.RunResult;
import io.itddsim.fleet.plan.PumpPlan;
import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultKind;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.firmware.RefillCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Reads one pump's outcome from the end of its run: the event log, the alarm history, the refill
 * checks, the fault records, the final status and the patient's grade changes ({@link RunResult}). Nothing is sampled during the
 * run, so the work per pump is the emulator's alone (and a faster emulator speeds a study up as it
 * is).
 *
 * <p>A <b>failure</b> is the field's "non-recoverable stall" (DOMAIN.md 4): the first logged stall
 * not followed by a recovery within the fleet's {@code non_recoverable_after}. A stall within that
 * time of the end of follow-up that has not recovered by then counts too (its pump would be
 * explanted). Its <b>cause</b> is the stall mechanism that had been acting longest at that moment,
 * else another mechanism that can stall the motor (see {@link #cause}). When that is a catheter
 * complication (an occlusion, kink or granuloma loading a motor whose margin has shrunk), the stall
 * is no failure of the pump: it would recover once the catheter was revised, which the study's
 * fixed timeline never does; the pump leaves the study there instead (docs/FLEET.md, "Outcomes").
 */
public final class OutcomeReader {
    static final String UNATTRIBUTED = "unattributed";

    private OutcomeReader() {}

    public static PumpOutcome read(PumpPlan plan, RunResult run, long nonRecoverableAfterUs) {
        long entry = plan.implantAgeUs();
        long end = plan.followUpUs();
        List<PumpEvent> events = run.events();

        int stalls = 0;
        int recoveries = 0;
        int resets = 0;
        long failureUs = -1;
        long eriUs = -1;
        long eosUs = -1;
        for (int i = 0; i < events.size(); i++) {
            PumpEvent e = events.get(i);
            switch (e.type()) {
                case MOTOR_STALL -> {
                    stalls++;
                    if (failureUs < 0 && !recoversWithin(events, i, nonRecoverableAfterUs)) {
                        failureUs = e.timeUs();
                    }
                }
                case MOTOR_STALL_RECOVERED -> recoveries++;
                case LOW_BATTERY_RESET -> resets++;
                case BATTERY_ERI -> eriUs = eriUs < 0 ? e.timeUs() : eriUs;
                case BATTERY_EOS -> eosUs = eosUs < 0 ? e.timeUs() : eosUs;
                default -> {}
            }
        }

        List<MechanismOutcome> mechanisms = new ArrayList<>();
        for (FaultRecord r : run.faults()) {
            mechanisms.add(mechanism(plan, r, events, end));
        }

        PumpOutcome.Exit exit;
        long exitUs;
        String cause = failureUs < 0 ? "" : cause(mechanisms, failureUs);
        String catheterCause = "";
        if (failureUs >= 0 && (eosUs < 0 || failureUs <= eosUs) && againstCatheter(mechanisms, cause)) {
            // the motor stalled against a catheter complication: revising the catheter would relieve
            // it, so this is no failure of the pump; it leaves the study here (censored)
            exit = PumpOutcome.Exit.STALLED_AGAINST_CATHETER;
            exitUs = failureUs;
            catheterCause = cause;
            failureUs = -1;
        } else if (failureUs >= 0 && (eosUs < 0 || failureUs <= eosUs)) {
            exit = PumpOutcome.Exit.FAILED;
            exitUs = failureUs;
        } else if (eosUs >= 0) {
            exit = PumpOutcome.Exit.BATTERY_END_OF_SERVICE;
            exitUs = eosUs;
            failureUs = -1; // a stall after the pump stopped for good is not a failure of a pump in service
        } else {
            exit = plan.droppedOut() ? PumpOutcome.Exit.DROPPED_OUT : PumpOutcome.Exit.END_OF_FOLLOW_UP;
            exitUs = end;
        }

        TreeMap<String, Integer> alarms = new TreeMap<>();
        for (AlarmRecord a : run.alarms()) {
            alarms.merge(a.type().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        int flagged = 0;
        for (RefillCheck c : run.refills()) {
            if (c.flagged()) {
                flagged++;
            }
        }
        return new PumpOutcome(
                plan.id(),
                plan.cohort(),
                plan.drug(),
                plan.offLabel(),
                plan.rateNlPerDay(),
                entry,
                entry + exitUs,
                exit,
                failureUs < 0 ? -1 : entry + failureUs,
                failureUs < 0 ? "" : cause,
                catheterCause,
                stalls,
                recoveries,
                run.refills().size(),
                flagged,
                alarms,
                run.annunciations(),
                eriUs < 0 ? -1 : entry + eriUs,
                resets,
                run.end().belief().programmedNl(),
                run.end().truth().intrathecalNl(),
                run.end().truth().elsewhereNl(),
                mechanisms,
                plan.patientWeightG(),
                EpisodeReader.read(run.patient(), mechanisms, eosUs),
                run.stateHash());
    }

    /** True if the stall logged at {@code events[index]} recovers within {@code windowUs}. */
    private static boolean recoversWithin(List<PumpEvent> events, int index, long windowUs) {
        long stallUs = events.get(index).timeUs();
        for (int j = index + 1; j < events.size(); j++) {
            PumpEvent e = events.get(j);
            if (e.timeUs() - stallUs > windowUs) {
                return false;
            }
            if (e.type() == EventType.MOTOR_STALL_RECOVERED) {
                return true;
            }
        }
        return false;
    }

    private static MechanismOutcome mechanism(PumpPlan plan, FaultRecord r, List<PumpEvent> events, long endUs) {
        Effect effect = Effect.of(r.kind());
        long lossFrom = switch (effect) {
            case STALL -> firstAtOrAfter(events, EventType.MOTOR_STALL, r.activeFromUs());
            case UNDER_DELIVERY -> r.activeFromUs();
            default -> -1;
        };
        long untilDetected = -1;
        long untilVisit = -1;
        boolean censored = false;
        if (lossFrom >= 0) {
            long detected = r.detected() ? Math.max(r.detectedUs(), lossFrom) : -1;
            long visit = detected < 0 ? -1 : plan.nextVisitUs(detected);
            // a mechanism that stopped acting (a transient stall's episodes) cost therapy only until then
            long over = r.ended() ? r.activeToUs() : endUs;
            untilDetected = Math.max(0, Math.min(detected < 0 ? endUs : detected, over) - lossFrom);
            untilVisit = Math.max(0, Math.min(visit < 0 ? endUs : visit, over) - lossFrom);
            censored = visit < 0 && !r.ended();
        }
        return new MechanismOutcome(
                r.name(),
                r.kind().key(),
                effect,
                r.activeFromUs(),
                r.ended() ? r.activeToUs() : -1,
                r.detected() ? r.detectedUs() : -1,
                r.detectedBy(),
                lossFrom,
                untilDetected,
                untilVisit,
                censored);
    }

    private static long firstAtOrAfter(List<PumpEvent> events, EventType type, long fromUs) {
        for (PumpEvent e : events) {
            if (e.type() == type && e.timeUs() >= fromUs) {
                return e.timeUs();
            }
        }
        return -1;
    }

    /**
     * The mechanism behind a failure at {@code atUs}: of those still acting then, the stall
     * mechanism that began first; failing that, the one that began first among those that can stall
     * the motor at all (a catheter occlusion in a pump whose torque margin has shrunk, a battery
     * film); else {@link #UNATTRIBUTED}.
     */
    private static String cause(List<MechanismOutcome> mechanisms, long atUs) {
        MechanismOutcome best = null;
        for (MechanismOutcome m : mechanisms) {
            if (!actingAt(m, atUs) || !canStall(m)) {
                continue;
            }
            boolean stall = m.effect() == Effect.STALL;
            boolean bestStall = best != null && best.effect() == Effect.STALL;
            if (best == null
                    || (stall && !bestStall)
                    || (stall == bestStall && m.activeFromUs() < best.activeFromUs())) {
                best = m;
            }
        }
        return best == null ? UNATTRIBUTED : best.name();
    }

    /** True if {@code cause} names a catheter complication (less drug to the spinal fluid). */
    private static boolean againstCatheter(List<MechanismOutcome> mechanisms, String cause) {
        return mechanisms.stream().anyMatch(m -> m.name().equals(cause) && m.effect() == Effect.UNDER_DELIVERY);
    }

    private static boolean actingAt(MechanismOutcome m, long atUs) {
        return m.activeFromUs() <= atUs && (m.activeToUs() < 0 || m.activeToUs() >= atUs);
    }

    private static boolean canStall(MechanismOutcome m) {
        FaultKind kind = FaultKind.byKey(m.fault());
        return kind != null && kind.detectors().stream().anyMatch(d -> d.type() == EventType.MOTOR_STALL);
    }
}
