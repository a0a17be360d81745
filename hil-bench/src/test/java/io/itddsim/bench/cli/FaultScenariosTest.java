package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled fault scenarios in scenarios/faults/ tell the story their descriptions tell. */
class FaultScenariosTest {
    private static final Path FAULTS = Path.of("..", "scenarios", "faults");
    private static final long HOUR_US = 3_600_000_000L;
    private static final long DAY_US = 24 * HOUR_US;

    private static JsonNode json(String file, String... more) throws Exception {
        String[] args = new String[3 + more.length];
        args[0] = "simulate";
        args[1] = FAULTS.resolve(file).toString();
        args[2] = "--json";
        System.arraycopy(more, 0, args, 3, more.length);
        return SimulateCommandTest.json(args);
    }

    private static JsonNode onlyFault(JsonNode j) {
        assertEquals(1, j.get("faults").size(), j.get("faults").toString());
        return j.get("faults").get(0);
    }

    @Test
    @DisplayName("--json lists each fault with its ground truth and detection fields")
    void jsonFaultFields() throws Exception {
        JsonNode f = onlyFault(json("motor-stall-day-30-hydromorphone.yaml"));
        for (String field : new String[] {
            "name", "fault", "occurrence", "armed_us", "active_from_us", "active_to_us", "detected_us", "detected_by"
        }) {
            assertTrue(f.has(field), "missing " + field + " in " + f);
        }
        assertEquals("particle-day-30", f.get("name").asText());
        assertEquals("motor_stall_permanent", f.get("fault").asText());
        assertEquals(30 * DAY_US, f.get("active_from_us").asLong());
        assertTrue(f.get("active_to_us").isNull(), "still active at the end");
        assertEquals("MOTOR_STALL", f.get("detected_by").asText());
        assertTrue(f.get("detection_latency_us").asLong() < 60_000_000, "noticed at the next stroke");
    }

    @Test
    @DisplayName(
            "hydromorphone stall: the critical alarm is raised and stays; the estimate falls while nothing is delivered")
    void stallScenario() throws Exception {
        JsonNode j = json("motor-stall-day-30-hydromorphone.yaml");
        JsonNode alarm = j.get("alarms").get(0);
        assertEquals("MOTOR_STALL", alarm.get("type").asText());
        assertTrue(alarm.get("cleared_us").isNull(), "an interrogation cannot clear a stall whose cause remains");
        assertTrue(j.get("reservoir_actual_nl").asLong()
                > j.get("reservoir_estimated_nl").asLong() + 700_000);
    }

    @Test
    @DisplayName("over-infusion is found at the refill as a volume discrepancy")
    void overInfusionFoundAtRefill() throws Exception {
        JsonNode j = json("over-infusion-found-at-refill.yaml");
        JsonNode f = onlyFault(j);
        assertEquals("REFILL_DISCREPANCY", f.get("detected_by").asText());
        assertEquals(35 * DAY_US, f.get("detected_us").asLong());
        JsonNode d = j.get("discrepancies").get(0);
        assertTrue(d.get("flagged").asBoolean());
        assertTrue(d.get("aspirated_nl").asLong() < d.get("expected_nl").asLong() - 1_000_000, d.toString());
    }

    @Test
    @DisplayName(
            "fentanyl: the reservoir is dry days before the (computed) low-reservoir alarm, which the fault does not count as detection")
    void fentanylRunsDryFirst() throws Exception {
        RunPlan s = ScenarioLoader.load(FAULTS.resolve("fentanyl-runs-dry-before-low-alarm.yaml"));
        PumpSimulator sim = PumpSimulator.create(s.setup());
        for (FaultSpec f : s.faults()) {
            assertTrue(sim.armFault(f).accepted());
        }
        long dryUs = -1;
        for (long t = HOUR_US; t <= s.durationUs() && dryUs < 0; t += HOUR_US) {
            sim.runUntil(t);
            if (sim.plant().reservoir().volumeNl() == 0) {
                dryUs = t;
            }
        }
        sim.runUntil(s.durationUs());
        PumpEvent low = sim.events().stream()
                .filter(e -> e.type() == EventType.RESERVOIR_LOW)
                .findFirst()
                .orElseThrow();
        assertTrue(
                dryUs > 0 && low.timeUs() - dryUs > DAY_US,
                "dry at " + dryUs / HOUR_US + " h, low alarm at " + low.timeUs() / HOUR_US + " h");
        assertTrue(onlyFault(json("fentanyl-runs-dry-before-low-alarm.yaml"))
                .get("detected_us")
                .isNull());
    }

    @Test
    @DisplayName("baclofen disconnection: the drug goes to the tissue and the pump never knows")
    void baclofenDisconnection() throws Exception {
        JsonNode j = json("baclofen-catheter-disconnection.yaml");
        JsonNode f = onlyFault(j);
        assertTrue(f.get("detected_us").isNull());
        assertTrue(f.get("detected_by").isNull());
        assertEquals(0, j.get("alarms").size(), "no alarm");
        assertTrue(j.get("elsewhere_drug_ug").decimalValue().intValue() > 1_900, "5 days x 400 mcg to the tissue");
    }

    @Test
    @DisplayName(
            "MRI with a stopped pump: the stall is noticed only at restart, an hour into the hold; the same with every tick stepped")
    void mriDelayedRecovery() throws Exception {
        JsonNode skipped = json("mri-delayed-recovery.yaml");
        JsonNode f = onlyFault(skipped);
        assertEquals(DAY_US + 8 * HOUR_US, f.get("active_from_us").asLong());
        assertEquals(DAY_US + 21 * HOUR_US, f.get("active_to_us").asLong(), "1 h scan + 12 h delayed recovery");
        assertTrue(f.get("detected_us").asLong() >= DAY_US + 9 * HOUR_US, "not before the 9 h restart");
        JsonNode stepped = json("mri-delayed-recovery.yaml", "--no-fast-forward");
        assertEquals(
                stepped.get("state_hash").asText(), skipped.get("state_hash").asText());
        assertEquals(stepped.get("faults"), skipped.get("faults"));
    }

    @Test
    @DisplayName("the text report shows the detection latency or the miss")
    void textReportShowsLatencyOrMiss() {
        String stall = SimulateCommandTest.run(
                        "simulate", FAULTS.resolve("mri-delayed-recovery.yaml").toString())
                .out();
        assertTrue(stall.contains("Faults (1 occurrence):"), stall);
        assertTrue(stall.contains("detected by MOTOR_STALL after 1 h 00 min"), stall);
        String miss = SimulateCommandTest.run(
                        "simulate",
                        FAULTS.resolve("baclofen-catheter-disconnection.yaml").toString())
                .out();
        assertTrue(miss.contains("MISSED: the pump logged no sign (it cannot sense this fault)"), miss);
    }
}
