package io.itddsim.trainer.drill;

import io.itddsim.bench.run.RunResult;
import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.firmware.RefillCheck;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one drill, read from the emulator's runs: the whole scenario, the pump at the
 * drill's moment, and the pump when its next alarm is raised. Drill texts name them as
 * placeholders; a fact that a run does not have (no fault, no refill) is simply absent.
 *
 * <p>{@code time}, {@code alarm}, {@code drug}, {@code estimate_ml}, {@code actual_ml},
 * {@code delivered_ml}, {@code battery_v}, {@code tissue_ug}; with a fault {@code fault_time},
 * {@code fault_end}, {@code fault_detected}; with a later alarm {@code next_alarm},
 * {@code next_alarm_time}, {@code next_alarm_actual_ml}; after a refill {@code expected_ml},
 * {@code aspirated_ml}, {@code discrepancy_ml}.
 */
public final class DrillFacts {
    private DrillFacts() {}

    /**
     * @param whole     the run of the whole scenario
     * @param atUs      the drill's moment
     * @param at        the run stopped at that moment
     * @param alarm     the alarm the drill is about, if any
     * @param next      the first alarm raised after the moment, if any
     * @param atNext    the run stopped when that alarm was raised (null without one)
     */
    static Map<String, String> of(
            RunResult whole,
            long atUs,
            RunResult at,
            Optional<AlarmRecord> alarm,
            Optional<AlarmRecord> next,
            RunResult atNext,
            String drug) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("time", SimTimes.format(atUs));
        alarm.ifPresent(a -> f.put("alarm", AlarmCauses.label(a.type()).toLowerCase(Locale.ROOT)));
        f.put("drug", drug);
        f.put("estimate_ml", ml(at.end().belief().reservoirEstimatedNl()));
        f.put("actual_ml", ml(at.end().truth().reservoirActualNl()));
        f.put("delivered_ml", ml(at.end().truth().intrathecalNl()));
        f.put("battery_v", String.format(Locale.ROOT, "%.2f", at.end().truth().batteryRestingMv() / 1000.0));
        f.put("tissue_ug", String.format(Locale.ROOT, "%,d", at.end().truth().elsewhereDrugPg() / 1_000_000));
        if (!whole.faults().isEmpty()) {
            FaultRecord fault = whole.faults().get(0);
            f.put("fault_time", SimTimes.format(fault.activeFromUs()));
            f.put("fault_end", fault.ended() ? SimTimes.format(fault.activeToUs()) : "never: it lasts");
            f.put("fault_detected", fault.detected() ? SimTimes.format(fault.detectedUs()) : "never");
        }
        next.ifPresent(n -> {
            f.put("next_alarm", AlarmCauses.label(n.type()).toLowerCase(Locale.ROOT));
            f.put("next_alarm_time", SimTimes.format(n.raisedUs()));
            f.put("next_alarm_actual_ml", ml(atNext.end().truth().reservoirActualNl()));
        });
        at.refills().stream().filter(r -> r.timeUs() <= atUs).findFirst().ifPresent(r -> refill(f, r));
        return f;
    }

    private static void refill(Map<String, String> f, RefillCheck r) {
        f.put("expected_ml", ml(r.expectedNl()));
        f.put("aspirated_ml", ml(r.aspiratedNl()));
        f.put("discrepancy_ml", ml(r.differenceNl()));
    }

    static String ml(long nl) {
        return String.format(Locale.ROOT, "%.2f", nl / 1_000_000.0);
    }
}
