package io.itddsim.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled patient scenarios in scenarios/patient/ tell the story their descriptions tell. */
class PatientScenariosTest {
    private static final Path PATIENT = Path.of("..", "scenarios", "patient");
    private static final long HOUR_US = 3_600_000_000L;
    private static final long DAY_US = 24 * HOUR_US;

    private static JsonNode json(String file) throws Exception {
        return SimulateCommandTest.json("simulate", PATIENT.resolve(file).toString(), "--json");
    }

    /** The time of the first change of {@code state} to {@code grade} or more; -1 if none. */
    private static long onset(JsonNode j, String state, int grade) {
        for (JsonNode t : j.get("patient").get("transitions")) {
            if (t.get("state").asText().equals(state)
                    && t.get("to_grade").asInt() >= grade
                    && t.get("from_grade").asInt() < grade) {
                return t.get("t_us").asLong();
            }
        }
        return -1;
    }

    private static long alarmRaised(JsonNode j, String type) {
        for (JsonNode a : j.get("alarms")) {
            if (a.get("type").asText().equals(type)) {
                return a.get("raised_us").asLong();
            }
        }
        return -1;
    }

    @Test
    @DisplayName(
            "baclofen missed refill: withdrawal 12-96 h after the reservoir really runs dry, the severe stage 24-72 h later;"
                    + " the empty-reservoir alarm only after the drug had stopped")
    void baclofenMissedRefill() throws Exception {
        RunPlan plan = ScenarioLoader.load(PATIENT.resolve("baclofen-missed-refill.yaml"));
        PumpSimulator sim = PumpSimulator.create(plan);
        long dryUs = -1;
        while (dryUs < 0 && sim.nowUs() < plan.durationUs()) {
            sim.runUntil(sim.nowUs() + HOUR_US);
            if (sim.status().truth().reservoirActualNl() == 0) {
                dryUs = sim.nowUs();
            }
        }
        JsonNode j = json("baclofen-missed-refill.yaml");
        long early = onset(j, "baclofen_withdrawal", 1);
        long severe = onset(j, "baclofen_withdrawal", 2);
        assertTrue(dryUs > 0, "the reservoir runs dry in the scenario");
        assertTrue(
                early >= dryUs + 12 * HOUR_US && early <= dryUs + 96 * HOUR_US, "onset " + (early - dryUs) / HOUR_US);
        assertTrue(
                severe >= early + 24 * HOUR_US && severe <= early + 72 * HOUR_US,
                "severe " + (severe - early) / HOUR_US);
        assertTrue(alarmRaised(j, "LOW_RESERVOIR") < dryUs, "the low-reservoir alarm came first");
        assertTrue(alarmRaised(j, "EMPTY_RESERVOIR") > dryUs, "the empty alarm, computed, came after the real end");
    }

    @Test
    @DisplayName(
            "fentanyl over-infusion: overdose signs days before the refill visit, whose discrepancy check alone finds it")
    void fentanylOverInfusion() throws Exception {
        JsonNode j = json("fentanyl-over-infusion-found-at-refill.yaml");
        long visit = 16 * DAY_US;
        long sedation = onset(j, "opioid_overdose", 1);
        assertTrue(
                sedation > 10 * DAY_US && sedation < visit - 5 * DAY_US, "signs after the jump, long before the visit");
        assertTrue(onset(j, "opioid_overdose", 2) > 0, "breathing is affected");
        assertEquals(0, j.get("alarms").size(), "no pump alarm at any time");
        JsonNode fault = j.get("faults").get(0);
        assertEquals("REFILL_DISCREPANCY", fault.get("detected_by").asText());
        assertEquals(visit, fault.get("detected_us").asLong(), "found only at the visit");
        JsonNode check = j.get("discrepancies").get(0);
        assertTrue(check.get("flagged").asBoolean());
        long delivered = j.get("intrathecal_nl").asLong();
        long programmed = j.get("programmed_nl").asLong();
        assertTrue(
                delivered > programmed * 1_145 / 1_000,
                "beyond the 14.5% accuracy: " + delivered + " vs " + programmed);
    }

    @Test
    @DisplayName(
            "morphine restarted at the old dose after a week empty: tolerance gone, respiratory depression within the day")
    void morphineRestartAfterAnEmptyWeek() throws Exception {
        JsonNode j = json("morphine-restart-after-empty-week.yaml");
        long restart = 17 * DAY_US + 10 * 60_000_000L;
        long withdrawal = onset(j, "opioid_withdrawal", 2);
        assertTrue(withdrawal > 10 * DAY_US && withdrawal < 12 * DAY_US, "withdrawal after the pump ran dry");
        long depression = onset(j, "opioid_overdose", 3);
        assertTrue(depression > restart && depression < restart + DAY_US, "respiratory depression at " + depression);
        JsonNode samples = j.get("patient").get("samples");
        long toleranceBefore = 0;
        long toleranceStart = samples.get(0).get("tolerance_ng_per_ml").asLong();
        for (JsonNode s : samples) {
            if (s.get("t_us").asLong() == 17 * DAY_US) {
                toleranceBefore = s.get("tolerance_ng_per_ml").asLong();
            }
        }
        assertTrue(
                toleranceBefore > 0 && toleranceBefore < toleranceStart / 5, toleranceBefore + " of " + toleranceStart);
    }

    @Test
    @DisplayName("hydromorphone motor stall: the alarm sounds at once, opioid withdrawal follows hours later")
    void hydromorphoneStall() throws Exception {
        JsonNode j = json("hydromorphone-motor-stall.yaml");
        long alarm = alarmRaised(j, "MOTOR_STALL");
        long withdrawal = onset(j, "opioid_withdrawal", 1);
        assertTrue(alarm >= 2 * DAY_US && alarm < 2 * DAY_US + HOUR_US, "alarm at " + alarm);
        assertTrue(withdrawal > alarm + HOUR_US && withdrawal < alarm + 12 * HOUR_US, "withdrawal at " + withdrawal);
        assertTrue(onset(j, "opioid_withdrawal", 2) < 3 * DAY_US, "autonomic signs within the day");
    }

    @Test
    @DisplayName("catheter disconnection: baclofen withdrawal, the severe stage too, and not a single pump alarm")
    void disconnectionGivesWithdrawalWithoutAlarm() throws Exception {
        JsonNode j = json("baclofen-catheter-disconnection.yaml");
        long early = onset(j, "baclofen_withdrawal", 1);
        assertTrue(early >= 3 * DAY_US + 12 * HOUR_US && early <= 3 * DAY_US + 96 * HOUR_US, "onset " + early);
        assertTrue(onset(j, "baclofen_withdrawal", 2) > early, "severe stage reached");
        assertEquals(0, j.get("alarms").size(), "no alarm");
        assertTrue(j.get("faults").get(0).get("detected_us").isNull(), "the pump never knew");
        assertEquals(
                2, j.get("patient").get("end").get("states").get(1).get("grade").asInt());
    }
}
