package io.itddsim.fleet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.fleet.TestFleets;
import io.itddsim.sim.engine.RunPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code itdd fleet ...} as a user types it. */
class FleetCommandsTest {

    private record Ran(int status, String out, String err) {}

    private static Ran itdd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = FleetMain.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Ran(status, out.toString(), err.toString());
    }

    private static String tinyFile(Path dir) throws Exception {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, TestFleets.resource("fleets/tiny.yaml"));
        return f.toString();
    }

    @Test
    void theCiSampleRunsAndWritesItsResultAndReport(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sample.json");
        Path html = dir.resolve("sample.html");
        Ran r = itdd(
                "fleet",
                "run",
                TestFleets.bundled("sample.yaml").toString(),
                "--json",
                json.toString(),
                "--html",
                html.toString(),
                "--workers",
                "2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Cohort fleet: 16 pumps"), r.out());
        assertTrue(r.out().contains("Ran 24 pumps"), r.out());
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertEquals(24, result.get("pumps").asInt());
        assertEquals(24, result.get("pump_outcomes").size());
        assertEquals(2, result.get("cohorts").size());
        assertTrue(result.get("cohorts").get(0).get("survival").has("on-label"));
        assertTrue(r.out().contains("  patients 16: opioid_overdose "), r.out());
        JsonNode episodes = result.get("cohorts").get(1).get("patient_episodes");
        assertEquals("baclofen_withdrawal", episodes.get(0).get("syndrome").asText(), "the centre's only drug");
        assertEquals(8, episodes.get(0).get("patients_followed").asInt());
        assertTrue(result.get("pump_outcomes").get(0).get("patient").has("weight_kg"));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertEquals(2, page.split("<svg", -1).length - 1, "one chart per cohort");
        assertFalse(page.contains("<script"), "self-contained, no scripts");
    }

    @Test
    void aBadFleetFileIsRefusedAtItsLineAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, TestFleets.resource("fleets/tiny.yaml").replace("size: 6", "size: six"));
        Path json = dir.resolve("out.json");
        Ran r = itdd("fleet", "run", bad.toString(), "--json", json.toString());
        assertEquals(FleetMain.EXIT_BAD_INPUT, r.status());
        assertTrue(r.err().startsWith(bad + ":31:11: cohorts[0].size: expected a whole number"), r.err());
        assertFalse(Files.exists(json));
    }

    @Test
    void zeroWorkersIsRefused(@TempDir Path dir) throws Exception {
        Ran r = itdd("fleet", "run", tinyFile(dir), "--workers", "0");
        assertEquals(FleetMain.EXIT_BAD_INPUT, r.status());
        assertTrue(r.err().contains("--workers: expected at least 1"), r.err());
    }

    @Test
    void morePumpsThanTheStudyHasAreRefused(@TempDir Path dir) throws Exception {
        Ran r = itdd("fleet", "run", tinyFile(dir), "--first", "10");
        assertEquals(FleetMain.EXIT_BAD_INPUT, r.status());
        assertTrue(r.err().contains("--first: expected 1 to 9"), r.err());
    }

    @Test
    void aPumpIsPrintedAsAScenarioFileThatLoads(@TempDir Path dir) throws Exception {
        Ran r = itdd("fleet", "pump", tinyFile(dir), "7");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# Pump 7 of the fleet study \"tiny\""), r.out());
        RunPlan plan = ScenarioLoader.parse("p7.yaml", r.out());
        assertEquals("tiny pump 7", plan.name());
    }

    @Test
    void aPumpIsWrittenAndReRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p2.yaml");
        Ran r = itdd("fleet", "pump", tinyFile(dir), "2", "--out", out.toString(), "--run");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(out).contains("version: 1"));
        assertTrue(r.out().contains("State hash: "), r.out());
    }

    @Test
    void aPumpThatIsNotInTheStudyIsRefused(@TempDir Path dir) throws Exception {
        Ran r = itdd("fleet", "pump", tinyFile(dir), "9");
        assertEquals(FleetMain.EXIT_BAD_INPUT, r.status());
        assertTrue(r.err().contains("ID: the study has pumps 0 to 8, got 9"), r.err());
    }

    @Test
    void theBundledStudysPredictionMeetsTheField() {
        Ran r = itdd("fleet", "predict", TestFleets.bundled("field-study.yaml").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(
                r.out().contains("ok   manufacturer-fleet   freedom from non-recoverable stall at 6 years, on-label"),
                r.out());
    }
}
