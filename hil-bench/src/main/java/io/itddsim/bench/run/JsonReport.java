package io.itddsim.bench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.status.FirmwareBelief;
import io.itddsim.sim.status.PlantTruth;
import io.itddsim.sim.status.PumpStatus;
import java.math.BigDecimal;

/**
 * The machine-readable result of {@code simulate --json}: one JSON object whose field names carry
 * their units. Volumes are integer nanolitres; drug masses are exact decimals in micrograms
 * (computed from integer picograms, never through floating point).
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    public static ObjectNode toJson(RunResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("scenario", r.scenarioName());
        o.put("source", r.source());
        o.put("seed", r.seed());
        o.put("fast_forward", r.fastForward());
        PumpStatus end = r.end();
        FirmwareBelief belief = end.belief();
        PlantTruth truth = end.truth();
        o.put("sim_time_us", end.simTimeUs());
        o.put("ticks", end.ticks());
        o.put("ticks_stepped", r.ticksStepped());
        // the firmware's belief
        o.put("mode", belief.mode().name());
        o.put("drug", belief.drug());
        o.put("programmed_nl", belief.programmedNl());
        o.put("commanded_nl", belief.commandedNl());
        o.put("strokes", belief.strokes());
        o.put("reservoir_estimated_nl", belief.reservoirEstimatedNl());
        o.put("motor", belief.motor().name());
        o.put("battery_measured_mv", belief.batteryMeasuredMv());
        o.put("battery", belief.battery().name());
        // the plant's ground truth
        o.put("reservoir_actual_nl", truth.reservoirActualNl());
        o.put("intrathecal_nl", truth.intrathecalNl());
        o.put("elsewhere_nl", truth.elsewhereNl());
        o.put("intrathecal_drug_ug", micrograms(truth.intrathecalDrugPg()));
        o.put("elsewhere_drug_ug", micrograms(truth.elsewhereDrugPg()));
        o.put("battery_resting_mv", truth.batteryRestingMv());
        o.put("battery_consumed_nc", truth.batteryConsumedNc());
        ArrayNode events = o.putArray("events");
        for (PumpEvent e : r.events()) {
            ObjectNode n = events.addObject();
            n.put("t_us", e.timeUs());
            n.put("type", e.type().name());
            n.put("value", e.value());
            if (!e.detail().isEmpty()) {
                n.put("detail", e.detail());
            }
        }
        ArrayNode commands = o.putArray("commands");
        for (ScheduledCommand c : r.commands()) {
            ObjectNode n = commands.addObject();
            n.put("due_us", c.dueUs());
            n.put("applied_us", c.appliedUs());
            n.put("command", c.command().name());
            n.put("accepted", c.result().accepted());
            if (!c.result().accepted()) {
                n.put("reason", c.result().reason());
            }
        }
        ArrayNode alarms = o.putArray("alarms");
        for (AlarmRecord a : r.alarms()) {
            ObjectNode n = alarms.addObject();
            n.put("type", a.type().name());
            n.put("severity", a.severity().name());
            n.put("raised_us", a.raisedUs());
            if (a.open()) {
                n.putNull("cleared_us");
            } else {
                n.put("cleared_us", a.clearedUs());
            }
        }
        o.put("annunciations", r.annunciations());
        ArrayNode discrepancies = o.putArray("discrepancies");
        for (RefillCheck c : r.refills()) {
            ObjectNode n = discrepancies.addObject();
            n.put("t_us", c.timeUs());
            n.put("expected_nl", c.expectedNl());
            n.put("aspirated_nl", c.aspiratedNl());
            n.put("difference_nl", c.differenceNl());
            n.put("threshold_nl", c.thresholdNl());
            n.put("flagged", c.flagged());
        }
        FaultReport.putJson(o, r.faults());
        PatientReport.putJson(o, r);
        o.put("state_hash", r.stateHash());
        return o;
    }

    public static String render(RunResult r) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    static BigDecimal micrograms(long picograms) {
        return BigDecimal.valueOf(picograms, 6).stripTrailingZeros();
    }
}
